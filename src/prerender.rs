//! Build-time static HTML of the widget (Yew SSR, native only): the default ranking as plain
//! markup, so readers without JavaScript and search engines see the rows, the disclaimer and
//! the sources, and readers with JavaScript see the ranking at first paint instead of an empty
//! box while the wasm loads.
//!
//! Why the very same [`App`]: the live widget replaces the static copy (`mount` clears the
//! host), and only identical markup makes that swap invisible (no layout shift). The static
//! copy differs in three ways that take no space on a scripted page:
//! - the root carries the class [`STATIC_CLASS`] (the stylesheet can style the copy);
//! - every `<button>`, `<input>` and `<select>` is `disabled` (they cannot work before the
//!   wasm runs, and never without scripts);
//! - a `<noscript>` note says that the weights can be changed with JavaScript on (a scripted
//!   page never lays `<noscript>` out).
//!
//! Pages ask for a copy with a marker comment inside the widget's host element, e.g.
//! `<main id="app"><!--kai-prerender--></main>` or
//! `<kai-ranking lang="en"><!--kai-prerender lang=en--></kai-ranking>`; [`inject`] replaces
//! every marker. Options are those of the options table marked for pre-rendering
//! ([`crate::options::OPTIONS`]: `lang`, `weights`, `preset`, `theme`, `cut`, `round`, `gates`, `reference`,
//! `team`, `base`) plus `instance` (defaults to the marker's position in
//! the page, which is the order in which the page mounts its widgets, so element ids match the
//! live ones). `base` defaults to `./`: both hosts (`main.js`, `<kai-ranking>`) pass a base, so
//! the live widget has its share box, and the copy must have it too to take the same space;
//! `base=` (empty) leaves it out.
//!
//! Depends on yew's `ssr` feature and tokio's current-thread runtime; never built for wasm.

use yew::LocalServerRenderer;

use crate::app::{App, AppProps};
use crate::state::{DataRc, MountOptions};
use crate::text::{Lang, Text};
use crate::{KAI_2025_JSON, options, validate};

/// Class added to the root `<section class="kai-ranking">` of a pre-rendered copy.
pub const STATIC_CLASS: &str = "kai-static";

/// Marks a control the static copy disabled (not one the live widget disables itself): the
/// island removes `disabled` from exactly these when it makes the copy live.
pub const OFF_ATTR: &str = "data-ssr-off";

/// Start of a marker comment (`<!--kai-prerender lang=en-->`).
pub const MARKER_OPEN: &str = "<!--kai-prerender";

/// The share links' base when a marker names none (the live hosts always pass one; the links
/// themselves only matter once the wasm runs, but the share box must take its place).
pub const DEFAULT_BASE: &str = "./";

/// End of a marker comment.
const MARKER_CLOSE: &str = "-->";

/// Why a page could not be pre-rendered. Every variant is a mistake in the build inputs (the
/// embedded data or a page's marker), so the build stops and names it.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PrerenderError {
    /// The embedded dataset does not validate (the first problems, in English).
    #[error("the embedded dataset is invalid: {0}")]
    Dataset(String),
    /// The async runtime the renderer needs could not start.
    #[error("cannot start the async runtime: {0}")]
    Runtime(String),
    /// A marker comment is never closed.
    #[error("marker at byte {at} is not closed with `-->`")]
    UnclosedMarker {
        /// Byte offset of the marker in the page.
        at: usize,
    },
    /// A marker option is not `key=value` or its key is unknown.
    #[error(
        "marker at byte {at}: unknown option `{option}` (expected {}, as key=value)",
        expected_keys()
    )]
    UnknownOption {
        /// Byte offset of the marker in the page.
        at: usize,
        /// The option as written.
        option: String,
    },
    /// `instance=` is not a whole number.
    #[error("marker at byte {at}: instance `{value}` is not a whole number")]
    BadInstance {
        /// Byte offset of the marker in the page.
        at: usize,
        /// The value as written.
        value: String,
    },
}

/// "lang, weights, …, base or instance": the keys a marker takes (the options table's, then
/// the pre-renderer's own `instance`).
fn expected_keys() -> String {
    let keys: Vec<&str> = options::prerender_names().collect();
    format!("{} or instance", keys.join(", "))
}

/// What one marker (or the command line) asks for: the widget's options and its number.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Request {
    /// Options as `mount` would get them.
    pub options: MountOptions,
    /// Widget number on the page (element ids); `None` means "use the marker's position".
    pub instance: Option<u32>,
}

impl Request {
    /// Reads `key=value` words (values may be quoted with `"` or `'`), as written in a marker
    /// or on the command line. `at` locates errors.
    ///
    /// # Errors
    /// [`PrerenderError::UnknownOption`] for a word that is not a known `key=value`,
    /// [`PrerenderError::BadInstance`] for a non-numeric instance.
    pub fn parse<'a>(
        words: impl IntoIterator<Item = &'a str>,
        at: usize,
    ) -> Result<Request, PrerenderError> {
        let mut req = Request::default();
        req.options.base = Some(DEFAULT_BASE.to_string());
        for word in words {
            let unknown = || PrerenderError::UnknownOption { at, option: word.to_string() };
            let (key, value) = word.split_once('=').ok_or_else(unknown)?;
            let value = unquote(value).to_string();
            if key == "instance" {
                let n =
                    value.parse::<u32>().map_err(|_| PrerenderError::BadInstance { at, value })?;
                req.instance = Some(n);
                continue;
            }
            let option = options::by_name(key).filter(|o| o.prerender).ok_or_else(unknown)?;
            req.options.set(option.key, value);
        }
        Ok(req)
    }

    /// The language the widget will speak (its own fallback: Korean).
    pub fn lang(&self) -> Lang {
        self.options.lang.as_deref().and_then(Lang::parse).unwrap_or_default()
    }
}

/// Strips one pair of matching quotes.
fn unquote(v: &str) -> &str {
    for q in ['"', '\''] {
        if let Some(inner) = v.strip_prefix(q).and_then(|s| s.strip_suffix(q)) {
            return inner;
        }
    }
    v
}

/// The note shown (inside `<noscript>`) above the disabled sliders.
pub fn noscript_note() -> Text {
    Text::new(
        "이 도표는 자바스크립트가 켜져 있을 때 가중치를 바꿀 수 있습니다.",
        "Turn on JavaScript to change the weights.",
    )
}

/// The embedded K-AI dataset, validated (as the widget does in the browser).
///
/// # Errors
/// [`PrerenderError::Dataset`] with the first problems when it does not validate.
pub fn embedded_data() -> Result<DataRc, PrerenderError> {
    validate::parse_json(KAI_2025_JSON).map(DataRc::new).map_err(|problems| {
        let first: Vec<String> = problems.iter().take(5).map(|p| p.message(Lang::En)).collect();
        PrerenderError::Dataset(first.join("; "))
    })
}

/// The widget's markup for `request` exactly as the live widget first renders it (no hydration
/// comments), made static (see the module documentation).
///
/// # Errors
/// [`PrerenderError::Runtime`] when tokio cannot start.
pub fn render(data: &DataRc, request: &Request, instance: u32) -> Result<String, PrerenderError> {
    let props =
        AppProps { data: data.clone(), options: request.options.clone(), instance, narrow: None };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| PrerenderError::Runtime(e.to_string()))?;
    // LocalServerRenderer keeps the (non-Send) props on this thread; yew needs a LocalSet.
    let local = tokio::task::LocalSet::new();
    let html = local.block_on(
        &runtime,
        LocalServerRenderer::<App>::with_props(props).hydratable(false).render(),
    );
    Ok(make_static(&html, request.lang()))
}

/// Turns the live widget's markup into the static copy: [`STATIC_CLASS`] on the root, every
/// control `disabled`, and the `<noscript>` note at the top of the controls (or, if the
/// markup has no controls section, at the top of the root).
pub fn make_static(html: &str, lang: Lang) -> String {
    let mut out =
        html.replacen("class=\"kai-ranking\"", &format!("class=\"kai-ranking {STATIC_CLASS}\""), 1);
    // Text and attribute values are escaped by the renderer, so `<button` can only be a tag.
    // A control the live widget disables itself keeps only its own `disabled="disabled"`;
    // every other one is marked [`OFF_ATTR`], so the island (crates/island) knows which
    // controls to switch on when it makes this copy live.
    for tag in ["<button", "<input", "<select"] {
        let mut next = String::with_capacity(out.len() + 1024);
        let mut rest = out.as_str();
        let open = format!("{tag} ");
        while let Some(i) = rest.find(&open) {
            next.push_str(&rest[..i + open.len()]);
            rest = &rest[i + open.len()..];
            let end = rest.find('>').unwrap_or(rest.len());
            if rest[..end].contains("disabled=\"disabled\"") {
                next.push_str("disabled ");
            } else {
                next.push_str("disabled ");
                next.push_str(OFF_ATTR);
                next.push(' ');
            }
        }
        next.push_str(rest);
        out = next;
    }
    let note = format!(
        "<noscript><p class=\"kai-note kai-static-note\">{}</p></noscript>",
        noscript_note().get(lang)
    );
    // The controls section carries other attributes (`data-layout`, in the renderer's order),
    // so the note goes after the end of the start tag holding this class.
    let anchor = "class=\"kai-controls\"";
    let at = match out.find(anchor) {
        Some(i) => out[i..].find('>').map(|j| i + j + 1),
        None => out.find('>').map(|i| i + 1),
    };
    if let Some(at) = at {
        out.insert_str(at, &note);
    }
    out
}

/// Replaces every marker comment in `page` with the widget it asks for. Returns the new page
/// and the number of markers replaced (a page without markers comes back unchanged).
///
/// # Errors
/// Any marker mistake ([`PrerenderError::UnclosedMarker`], `UnknownOption`, `BadInstance`) or
/// a rendering failure; the page is then left as it was.
pub fn inject(data: &DataRc, page: &str) -> Result<(String, usize), PrerenderError> {
    let mut out = String::with_capacity(page.len() + 64 * 1024);
    let mut rest = page;
    let mut offset = 0;
    let mut count: u32 = 0;
    while let Some(start) = rest.find(MARKER_OPEN) {
        let at = offset + start;
        let after = &rest[start + MARKER_OPEN.len()..];
        // `<!--kai-prerender-x-->` is some other comment: only a blank or the close may follow.
        if !(after.starts_with(MARKER_CLOSE) || after.starts_with(char::is_whitespace)) {
            out.push_str(&rest[..start + MARKER_OPEN.len()]);
            offset += start + MARKER_OPEN.len();
            rest = after;
            continue;
        }
        let end = after.find(MARKER_CLOSE).ok_or(PrerenderError::UnclosedMarker { at })?;
        let request = Request::parse(after[..end].split_whitespace(), at)?;
        let instance = request.instance.unwrap_or(count);
        out.push_str(&rest[..start]);
        out.push_str(&render(data, &request, instance)?);
        count += 1;
        let consumed = start + MARKER_OPEN.len() + end + MARKER_CLOSE.len();
        offset += consumed;
        rest = &rest[consumed..];
    }
    out.push_str(rest);
    Ok((out, count as usize))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> DataRc {
        embedded_data().expect("the embedded data validates")
    }

    #[test]
    fn static_copy_disables_every_control_and_marks_the_root() {
        let html = render(&data(), &Request::parse([], 0).unwrap(), 0).unwrap();
        assert!(html.starts_with("<section "));
        assert!(html[..html.find('>').unwrap()].contains("class=\"kai-ranking kai-static\""));
        let buttons = html.matches("<button ").count();
        assert!(buttons >= 10, "one button per row at least, got {buttons}");
        assert_eq!(html.matches("<button disabled ").count(), buttons);
        assert_eq!(html.matches("<input ").count(), html.matches("<input disabled ").count());
        // The reference picker, and the embed builder's controls, rows and sources pickers.
        assert_eq!(html.matches("<select disabled ").count(), 4);
        // The island switches on exactly the controls the copy disabled (marked); one the live
        // widget disables itself (a requirement's minimum while it is off) stays disabled.
        let controls = buttons + html.matches("<input ").count() + 4;
        let own = html.matches("disabled=\"disabled\"").count();
        assert!(own >= 4, "the four requirement minimums, got {own}");
        assert_eq!(html.matches(OFF_ATTR).count(), controls - own);
    }

    #[test]
    fn a_marker_s_render_options_shape_the_copy_as_they_shape_the_live_widget() {
        let full = render(&data(), &Request::parse([], 0).unwrap(), 0).unwrap();
        let words = ["controls=sliders", "explore=off", "sources=compact", "share=off", "rows=3"];
        let compact = render(&data(), &Request::parse(words, 0).unwrap(), 0).unwrap();
        for (part, marker) in [
            ("the Explore tab", "role=\"tablist\""),
            ("the share box", "data-share="),
            ("the full disclaimer", "class=\"kai-disclaimer\""),
            ("the round picker", "name=\"kai0-round\""),
        ] {
            assert!(full.contains(marker), "the full copy has {part}");
            assert!(!compact.contains(marker), "the compact copy has no {part}");
        }
        assert!(compact.contains("data-sources=\"compact\""));
        assert!(
            compact.contains("Illustrative editorial assessments")
                || compact.contains("공식 결과가 아닙니다")
        );
        assert_eq!(compact.matches("data-team-id=").count(), 3, "rows=3: the top three");
        assert!(compact.contains("모두 보기 (2팀 더)"));
        let none =
            render(&data(), &Request::parse(["controls=none", "lang=en"], 0).unwrap(), 0).unwrap();
        assert!(none.contains("Weights: Performance 25"), "controls=none writes the weights out");
        assert!(!none.contains("type=\"range\""));
    }

    #[test]
    fn note_is_inside_noscript_in_the_widget_language() {
        let ko = render(&data(), &Request::parse([], 0).unwrap(), 0).unwrap();
        let controls = ko.find("class=\"kai-controls\"").expect("a controls section");
        let after_tag = &ko[controls..][ko[controls..].find('>').unwrap() + 1..];
        assert!(after_tag.starts_with(
            "<noscript><p class=\"kai-note kai-static-note\">이 도표는 자바스크립트가 켜져 있을 때 가중치를 바꿀 수 있습니다.</p></noscript>"
        ));
        let en = Request::parse(["lang=en"], 0).unwrap();
        let en = render(&data(), &en, 0).unwrap();
        assert!(en.contains("<noscript><p class=\"kai-note kai-static-note\">Turn on JavaScript to change the weights.</p></noscript>"));
        assert!(en.contains("lang=\"en\""));
    }

    #[test]
    fn markers_are_replaced_in_order_with_their_own_options_and_numbers() {
        let page = "<main><!--kai-prerender--></main><kai-ranking><!--kai-prerender lang=\"en\"--></kai-ranking><!--kai-prerender-other-->";
        let (out, n) = inject(&data(), page).unwrap();
        assert_eq!(n, 2);
        assert!(out.starts_with("<main><section lang=\"ko\""));
        assert!(out.contains("<kai-ranking><section lang=\"en\""));
        assert!(out.contains("id=\"kai0-title\"") && out.contains("id=\"kai1-title\""));
        assert!(out.ends_with("</section></kai-ranking><!--kai-prerender-other-->"));
        assert!(!out.contains("<!--kai-prerender-->"));
    }

    #[test]
    fn share_box_is_kept_by_default_so_the_copy_takes_the_live_widgets_space() {
        let html = render(&data(), &Request::parse([], 0).unwrap(), 0).unwrap();
        assert_eq!(
            html.matches("<button disabled data-ssr-off type=\"button\" data-share=").count(),
            3
        );
        let none = render(&data(), &Request::parse(["base="], 0).unwrap(), 0).unwrap();
        assert!(!none.contains("data-share="));
    }

    #[test]
    fn page_without_marker_is_unchanged() {
        assert_eq!(inject(&data(), "<p>hi</p>").unwrap(), ("<p>hi</p>".to_string(), 0));
    }

    #[test]
    fn marker_mistakes_name_the_place_and_the_option() {
        let e = inject(&data(), "ab<!--kai-prerender lang=en").unwrap_err();
        assert_eq!(e.to_string(), "marker at byte 2 is not closed with `-->`");
        let e = inject(&data(), "<!--kai-prerender colour=red-->").unwrap_err();
        assert_eq!(
            e.to_string(),
            "marker at byte 0: unknown option `colour=red` (expected lang, weights, preset, theme, cut, round, gates, reference, team, base, controls, explore, header, sources, share, langswitch, themeswitch, rows or instance, as key=value)"
        );
        let e = inject(&data(), "<!--kai-prerender instance=two-->").unwrap_err();
        assert_eq!(e.to_string(), "marker at byte 0: instance `two` is not a whole number");
    }

    #[test]
    fn bad_options_render_the_widget_with_its_notice() {
        let req = Request::parse(["weights=abc"], 0).unwrap();
        let html = render(&data(), &req, 0).unwrap();
        assert!(html.contains("kai-notices"), "the reader sees why the weights were ignored");
        assert_eq!(html.matches("data-team-id=").count(), 5, "stage one's five teams");
    }
}
