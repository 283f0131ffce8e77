//! Share links and embed codes for the reader's current view.
//!
//! Why here and pure: the query a shared link carries must be read back by `www/main.js` and
//! `www/embed.js` exactly (`lang`, `weights`, `team`), and the embed codes end up in other
//! people's pages, so their escaping is tested natively. No web dependencies.

use crate::text::Lang;

/// What a link reproduces: the language, the slider values and the open team.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct View<'a> {
    /// Interface language.
    pub lang: Lang,
    /// Importances in criterion order (README "The weight model"; whole steps on the sliders,
    /// or an off-step value an older share-style link gave).
    pub weights: &'a [f64],
    /// Id of the team whose details are open.
    pub team: Option<&'a str>,
    /// Id of the round shown (always written when there is one, so a link keeps showing the
    /// round it was made on after the data adds a newer default).
    pub round: Option<&'a str>,
    /// Requirements as `criterion=minimum,…` (`round::gates_text`); empty or `None`: none.
    pub gates: Option<&'a str>,
    /// A classroom dataset as its `data` parameter (`classroom::link::encode`: `1.` and
    /// base64url, safe in a query and an attribute as it is); `None` for the page's own data.
    pub data: Option<&'a str>,
    /// The view to open on (`classroom`), when not the ranking.
    pub tab: Option<&'a str>,
}

/// A `data` parameter as [`crate::classroom::link::encode`] writes it (`1.` then base64url),
/// so it needs no escaping in a query or an attribute; anything else is left out.
fn data_is_plain(d: &str) -> bool {
    d.strip_prefix("1.")
        .is_some_and(|b| b.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'))
}

/// `8,6,4,2`: the `weights` option, importances as the sliders hold them (whole steps print
/// without decimals; an off-step value keeps two, so the shares survive to 0.01 importance).
pub fn weights_param(weights: &[f64]) -> String {
    let parts: Vec<String> = weights.iter().map(|w| crate::format::weight(w.max(0.0))).collect();
    parts.join(",")
}

/// `lang=ko&weights=5,5,5,5[&round=stage-1][&gates=sovereignty%3D5][&team=upstage]`: only
/// characters that need no encoding (language codes, digits, commas, dots and ids of
/// `a-z0-9-`; other ids are left out), except the `=` inside `gates`, written `%3D`.
pub fn query(view: &View<'_>) -> String {
    let mut q = format!("lang={}&weights={}", view.lang.code(), weights_param(view.weights));
    if let Some(round) = view.round.filter(|r| crate::validate::is_valid_id(r)) {
        q.push_str("&round=");
        q.push_str(round);
    }
    if let Some(gates) = view.gates.filter(|g| !g.is_empty() && gates_is_plain(g)) {
        q.push_str("&gates=");
        q.push_str(&gates.replace('=', "%3D"));
    }
    if let Some(team) = view.team.filter(|t| crate::validate::is_valid_id(t)) {
        q.push_str("&team=");
        q.push_str(team);
    }
    if let Some(tab) = view.tab.filter(|t| crate::validate::is_valid_id(t)) {
        q.push_str("&tab=");
        q.push_str(tab);
    }
    // Last: the longest, and the reader sees the view's own keys first.
    if let Some(data) = view.data.filter(|d| data_is_plain(d)) {
        q.push_str("&data=");
        q.push_str(data);
    }
    q
}

/// A `gates` text of ids, numbers, `=` and `,` only (what `round::gates_text` writes).
fn gates_is_plain(g: &str) -> bool {
    g.chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '.' | '=' | ','))
}

/// ` round="stage-1" gates="sovereignty=5"`: the embed attributes of the round and gates.
fn view_attributes(view: &View<'_>) -> String {
    let mut a = String::new();
    if let Some(round) = view.round.filter(|r| crate::validate::is_valid_id(r)) {
        a.push_str(&format!(" round=\"{round}\""));
    }
    if let Some(gates) = view.gates.filter(|g| !g.is_empty() && gates_is_plain(g)) {
        a.push_str(&format!(" gates=\"{gates}\""));
    }
    if let Some(tab) = view.tab.filter(|t| crate::validate::is_valid_id(t)) {
        a.push_str(&format!(" tab=\"{tab}\""));
    }
    if let Some(data) = view.data.filter(|d| data_is_plain(d)) {
        a.push_str(&format!(" data=\"{data}\""));
    }
    a
}

/// The standalone page's address for this view (`base` is the site folder URL).
pub fn link(base: &str, view: &View<'_>) -> String {
    format!("{}?{}", folder(base), query(view))
}

/// The custom-element embed code (one module script, one element), with the current weights.
pub fn script_code(base: &str, view: &View<'_>) -> String {
    let base = attr(&folder(base));
    format!(
        "<script type=\"module\" src=\"{base}kai-ranking.js\"></script>\n\
         <kai-ranking lang=\"{}\" weights=\"{}\"{}></kai-ranking>",
        view.lang.code(),
        weights_param(view.weights),
        view_attributes(view)
    )
}

/// The iframe embed code: the frame plus the listener script that sets its height from the
/// frame's height messages (`embed-parent.js`).
pub fn iframe_code(base: &str, view: &View<'_>, title: &str) -> String {
    let base = attr(&folder(base));
    let query = query(&View { team: None, ..*view });
    format!(
        "<iframe src=\"{base}embed.html?{}\" title=\"{}\" width=\"100%\" height=\"900\" \
         loading=\"lazy\" data-kai-ranking></iframe>\n\
         <script src=\"{base}embed-parent.js\" defer></script>",
        attr(&query),
        attr(title)
    )
}

/// The base URL with exactly one trailing slash.
fn folder(base: &str) -> String {
    let mut b = base.trim().trim_end_matches('/').to_string();
    b.push('/');
    b
}

/// Escapes text for a double-quoted HTML attribute.
fn attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// The copy buttons' labels; the words live in [`crate::i18n`] with every other label.
pub use crate::i18n::ShareUi;

// --- The embed builder (render options, crate::layout): the codes carry the chosen layout. ---

/// `&controls=sliders&explore=off`: the render options that differ from the full widget, as
/// query text to append (empty for the full widget). Values come from fixed words and numbers,
/// so nothing needs encoding.
pub fn layout_query(layout: &crate::layout::Layout) -> String {
    layout.params().iter().map(|(k, v)| format!("&{k}={v}")).collect()
}

/// ` controls="sliders" explore="off"`: the same as `<kai-ranking>` attributes.
pub fn layout_attributes(layout: &crate::layout::Layout) -> String {
    layout.params().iter().map(|(k, v)| format!(" {k}=\"{}\"", attr(v))).collect()
}

/// [`script_code`] with the render options as attributes of the element.
pub fn script_code_with(base: &str, view: &View<'_>, layout: &crate::layout::Layout) -> String {
    with_layout_attributes(&script_code(base, view), layout)
}

/// A script code ([`script_code`], [`script_embed`]) with the render options added to the
/// `<kai-ranking …>` start tag.
pub fn with_layout_attributes(code: &str, layout: &crate::layout::Layout) -> String {
    let end = code.find("<kai-ranking").and_then(|i| code[i..].find('>').map(|j| i + j));
    match end {
        Some(end) => format!("{}{}{}", &code[..end], layout_attributes(layout), &code[end..]),
        None => code.to_string(),
    }
}

/// [`iframe_code`] with the render options in the frame's query.
pub fn iframe_code_with(
    base: &str,
    view: &View<'_>,
    title: &str,
    layout: &crate::layout::Layout,
) -> String {
    let code = iframe_code(base, view, title);
    let extra = attr(&layout_query(layout));
    match code.find("embed.html?").and_then(|i| code[i..].find('"').map(|j| i + j)) {
        Some(end) => format!("{}{extra}{}", &code[..end], &code[end..]),
        None => code,
    }
}

/// The address the builder's live preview loads: the iframe page with the view and the
/// render options (what the copied iframe code shows).
pub fn preview_src(base: &str, view: &View<'_>, layout: &crate::layout::Layout) -> String {
    let query = query(&View { team: None, ..*view });
    format!("{}embed.html?{query}{}", folder(base), layout_query(layout))
}

#[cfg(test)]
mod tests {
    use super::*;

    const W: [f64; 4] = [8.0, 6.0, 4.0, 2.0];

    #[test]
    fn a_link_reproduces_language_weights_and_team() {
        let v = View {
            lang: Lang::En,
            weights: &W,
            team: Some("upstage"),
            round: None,
            gates: None,
            data: None,
            tab: None,
        };
        assert_eq!(
            link("https://x.org/kai/", &v),
            "https://x.org/kai/?lang=en&weights=8,6,4,2&team=upstage"
        );
        let v = View {
            lang: Lang::Ko,
            weights: &[5.0; 4],
            team: None,
            round: None,
            gates: None,
            data: None,
            tab: None,
        };
        assert_eq!(link("https://x.org/kai", &v), "https://x.org/kai/?lang=ko&weights=5,5,5,5");
    }

    #[test]
    fn a_link_and_the_embed_codes_keep_the_round_and_the_requirements() {
        let v = View {
            lang: Lang::En,
            weights: &W,
            team: None,
            round: Some("stage-1"),
            gates: Some("sovereignty=5"),
            data: None,
            tab: None,
        };
        assert_eq!(query(&v), "lang=en&weights=8,6,4,2&round=stage-1&gates=sovereignty%3D5");
        assert!(
            script_code("https://x.org/kai/", &v)
                .ends_with("<kai-ranking lang=\"en\" weights=\"8,6,4,2\" round=\"stage-1\" gates=\"sovereignty=5\"></kai-ranking>")
        );
        assert!(
            iframe_code("https://x.org/kai/", &v, "t")
                .contains("round=stage-1&amp;gates=sovereignty%3D5\"")
        );
        let odd = View { round: Some("a&b"), gates: Some("x=<1>"), ..v };
        assert_eq!(query(&odd), "lang=en&weights=8,6,4,2");
    }

    /// A classroom link carries its table (`data`, last) and the tab; the embed codes too.
    #[test]
    fn a_classroom_link_carries_its_data_and_tab() {
        let v = View {
            lang: Lang::Ko,
            weights: &[5.0, 8.0, 5.0],
            team: None,
            round: None,
            gates: None,
            data: Some("1.AbC-_9"),
            tab: Some("classroom"),
        };
        assert_eq!(
            link("https://x.org/kai/", &v),
            "https://x.org/kai/?lang=ko&weights=5,8,5&tab=classroom&data=1.AbC-_9"
        );
        assert!(script_code("https://x.org/kai/", &v).ends_with(
            "<kai-ranking lang=\"ko\" weights=\"5,8,5\" tab=\"classroom\" data=\"1.AbC-_9\"></kai-ranking>"
        ));
        assert!(iframe_code("https://x.org/kai/", &v, "t").contains("&amp;data=1.AbC-_9\""));
        // Anything but a link's own characters is left out, never escaped into the page.
        for bad in ["1.a\"b", "2.abc", "1.a&b", "1.<x>"] {
            let odd = View { data: Some(bad), ..v };
            assert!(!link("https://x.org/kai/", &odd).contains("data="), "{bad}");
            assert!(!script_code("https://x.org/kai/", &odd).contains("data="), "{bad}");
        }
    }

    #[test]
    fn off_step_importances_keep_two_decimals() {
        let v = View {
            lang: Lang::En,
            weights: &[10.0, 320.0 / 45.0, 0.0, 2.5],
            team: None,
            round: None,
            gates: None,
            data: None,
            tab: None,
        };
        assert_eq!(query(&v), "lang=en&weights=10,7.11,0,2.5");
    }

    #[test]
    fn odd_team_ids_are_left_out_of_links() {
        let v = View {
            lang: Lang::Ko,
            weights: &W,
            team: Some("a&b"),
            round: None,
            gates: None,
            data: None,
            tab: None,
        };
        assert_eq!(query(&v), "lang=ko&weights=8,6,4,2");
    }

    #[test]
    fn the_script_code_loads_the_module_and_keeps_the_weights() {
        let v = View {
            lang: Lang::Ko,
            weights: &W,
            team: None,
            round: None,
            gates: None,
            data: None,
            tab: None,
        };
        assert_eq!(
            script_code("https://x.org/kai/", &v),
            "<script type=\"module\" src=\"https://x.org/kai/kai-ranking.js\"></script>\n\
             <kai-ranking lang=\"ko\" weights=\"8,6,4,2\"></kai-ranking>"
        );
    }

    #[test]
    fn the_iframe_code_escapes_its_attributes() {
        let v = View {
            lang: Lang::En,
            weights: &W,
            team: None,
            round: None,
            gates: None,
            data: None,
            tab: None,
        };
        let code = iframe_code("https://x.org/k\"ai/", &v, "K-AI \"ranking\"");
        assert!(
            code.starts_with(
                "<iframe src=\"https://x.org/k&quot;ai/embed.html?lang=en&amp;weights=8,6,4,2\""
            ),
            "{code}"
        );
        assert!(code.contains("title=\"K-AI &quot;ranking&quot;\""), "{code}");
        assert!(
            code.ends_with(
                "<script src=\"https://x.org/k&quot;ai/embed-parent.js\" defer></script>"
            ),
            "{code}"
        );
    }

    #[test]
    fn the_builder_codes_carry_the_render_options() {
        use crate::layout::{Controls, Layout};
        let v = View {
            lang: Lang::Ko,
            weights: &W,
            team: None,
            round: None,
            gates: None,
            data: None,
            tab: None,
        };
        let full = Layout::default();
        assert_eq!(
            script_code_with("https://x.org/kai/", &v, &full),
            script_code("https://x.org/kai/", &v)
        );
        let l = Layout { rows: Some(3), ..Layout::compact() };
        assert!(script_code_with("https://x.org/kai/", &v, &l).ends_with(
            "<kai-ranking lang=\"ko\" weights=\"8,6,4,2\" controls=\"sliders\" explore=\"off\" \
             header=\"off\" sources=\"compact\" share=\"off\" langswitch=\"off\" themeswitch=\"off\" rows=\"3\"></kai-ranking>"
        ));
        let l = Layout { controls: Controls::None, explore: false, ..Layout::default() };
        assert_eq!(
            iframe_code_with("https://x.org/kai/", &v, "t", &l).lines().next(),
            Some(
                "<iframe src=\"https://x.org/kai/embed.html?lang=ko&amp;weights=8,6,4,2&amp;controls=none\
                 &amp;explore=off\" title=\"t\" width=\"100%\" height=\"900\" loading=\"lazy\" data-kai-ranking></iframe>"
            )
        );
        assert_eq!(
            preview_src("https://x.org/kai", &View { team: Some("skt"), ..v }, &l),
            "https://x.org/kai/embed.html?lang=ko&weights=8,6,4,2&controls=none&explore=off"
        );
        // The copied code with its static fallback inside the element: the start tag takes them.
        assert_eq!(
            with_layout_attributes(
                "<kai-ranking lang=\"ko\"><ol><li>A</li></ol></kai-ranking>",
                &l
            ),
            "<kai-ranking lang=\"ko\" controls=\"none\" explore=\"off\"><ol><li>A</li></ol></kai-ranking>"
        );
    }
}

/// Most rows the script embed's static fallback lists: a ranking at a glance, few bytes.
pub const FALLBACK_ROWS: usize = 10;

/// One ranked team in the static fallback.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FallbackRow<'a> {
    /// Its rank (ties share one; the list shows it when it differs from the position).
    pub rank: usize,
    /// Its name in the view's language.
    pub name: &'a str,
    /// Its weighted score (one decimal, as the widget shows it).
    pub score: f64,
}

/// What the pasted element holds before (and unless) the widget starts: the first
/// [`FALLBACK_ROWS`] rows of the current ranking as a plain `<ol>`, then the one line saying
/// the interactive version could not load, with a link to the full page of the same view.
/// Both carry `class="kai-static"` (`kai-ranking.js` takes them out when it mounts and puts
/// them back if it fails); the line's `data-kai-note` lets the script hide it while loading
/// and never add a second one. Why in the code: a CMS page that blocks the module (no CORS,
/// a strict CSP, an old browser) still shows the ranking, not an empty gap.
pub fn fallback_html(base: &str, view: &View<'_>, rows: &[FallbackRow<'_>]) -> String {
    use std::fmt::Write as _;
    let mut s = String::from("<ol class=\"kai-static\">");
    for (i, row) in rows.iter().take(FALLBACK_ROWS).enumerate() {
        if row.rank == i + 1 {
            s.push_str("<li>");
        } else {
            let _ = write!(s, "<li value=\"{}\">", row.rank);
        }
        let _ = write!(s, "{} {}</li>", attr(row.name), crate::format::score(row.score));
    }
    let pick = |pair: [&'static str; 2]| crate::i18n::pick(view.lang, pair[0], pair[1]);
    let _ = write!(
        s,
        "</ol><p class=\"kai-static\" data-kai-note>{} <a href=\"{}\">{}</a></p>",
        pick(crate::i18n::MOUNT_FAILED),
        attr(&link(base, view)),
        pick(crate::i18n::FULL_PAGE)
    );
    s
}

/// The script embed code the share box copies: [`script_code`] with [`fallback_html`] inside
/// the element.
pub fn script_embed(base: &str, view: &View<'_>, rows: &[FallbackRow<'_>]) -> String {
    let code = script_code(base, view);
    let open = code.strip_suffix("</kai-ranking>").unwrap_or(&code);
    format!("{open}{}</kai-ranking>", fallback_html(base, view, rows))
}

#[cfg(test)]
mod fallback_tests {
    use super::*;

    const W: [f64; 4] = [40.0, 30.0, 20.0, 10.0];

    fn view(lang: Lang) -> View<'static> {
        View { lang, weights: &W, team: None, round: None, gates: None, data: None, tab: None }
    }

    #[test]
    fn the_script_embed_carries_the_ranking_the_line_and_the_link() {
        let rows = [
            FallbackRow { rank: 1, name: "LG AI연구원", score: 7.75 },
            FallbackRow { rank: 2, name: "SKT", score: 7.625 },
        ];
        assert_eq!(
            script_embed("https://x.org/kai", &view(Lang::Ko), &rows),
            "<script type=\"module\" src=\"https://x.org/kai/kai-ranking.js\"></script>\n\
             <kai-ranking lang=\"ko\" weights=\"40,30,20,10\"><ol class=\"kai-static\">\
             <li>LG AI연구원 7.8</li><li>SKT 7.6</li></ol>\
             <p class=\"kai-static\" data-kai-note>인터랙티브 버전을 불러오지 못했습니다. \
             <a href=\"https://x.org/kai/?lang=ko&amp;weights=40,30,20,10\">전체 페이지에서 보기</a>\
             </p></kai-ranking>"
        );
    }

    #[test]
    fn names_are_escaped_ties_keep_their_rank_and_ten_rows_at_most() {
        let rows = [
            FallbackRow { rank: 1, name: "A <b>&", score: 8.0 },
            FallbackRow { rank: 1, name: "B\"", score: 8.0 },
            FallbackRow { rank: 3, name: "C", score: 7.04 },
        ];
        assert_eq!(
            fallback_html("https://x.org/", &view(Lang::En), &rows),
            "<ol class=\"kai-static\"><li>A &lt;b&gt;&amp; 8.0</li><li value=\"1\">B&quot; 8.0</li>\
             <li>C 7.0</li></ol><p class=\"kai-static\" data-kai-note>The interactive version \
             could not load. <a href=\"https://x.org/?lang=en&amp;weights=40,30,20,10\">Open the \
             full page</a></p>"
        );
        let many: Vec<FallbackRow<'_>> =
            (1..=12).map(|r| FallbackRow { rank: r, name: "T", score: 5.0 }).collect();
        assert_eq!(
            fallback_html("https://x.org/", &view(Lang::En), &many).matches("<li>").count(),
            10
        );
    }
}
