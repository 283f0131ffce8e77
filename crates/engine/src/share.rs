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

#[cfg(test)]
mod tests {
    use super::*;

    const W: [f64; 4] = [8.0, 6.0, 4.0, 2.0];

    #[test]
    fn a_link_reproduces_language_weights_and_team() {
        let v =
            View { lang: Lang::En, weights: &W, team: Some("upstage"), round: None, gates: None };
        assert_eq!(
            link("https://x.org/kai/", &v),
            "https://x.org/kai/?lang=en&weights=8,6,4,2&team=upstage"
        );
        let v = View { lang: Lang::Ko, weights: &[5.0; 4], team: None, round: None, gates: None };
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

    #[test]
    fn off_step_importances_keep_two_decimals() {
        let v = View {
            lang: Lang::En,
            weights: &[10.0, 320.0 / 45.0, 0.0, 2.5],
            team: None,
            round: None,
            gates: None,
        };
        assert_eq!(query(&v), "lang=en&weights=10,7.11,0,2.5");
    }

    #[test]
    fn odd_team_ids_are_left_out_of_links() {
        let v = View { lang: Lang::Ko, weights: &W, team: Some("a&b"), round: None, gates: None };
        assert_eq!(query(&v), "lang=ko&weights=8,6,4,2");
    }

    #[test]
    fn the_script_code_loads_the_module_and_keeps_the_weights() {
        let v = View { lang: Lang::Ko, weights: &W, team: None, round: None, gates: None };
        assert_eq!(
            script_code("https://x.org/kai/", &v),
            "<script type=\"module\" src=\"https://x.org/kai/kai-ranking.js\"></script>\n\
             <kai-ranking lang=\"ko\" weights=\"8,6,4,2\"></kai-ranking>"
        );
    }

    #[test]
    fn the_iframe_code_escapes_its_attributes() {
        let v = View { lang: Lang::En, weights: &W, team: None, round: None, gates: None };
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
}
