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
    /// Slider values in criterion order (whole numbers on the sliders).
    pub weights: &'a [f64],
    /// Id of the team whose details are open.
    pub team: Option<&'a str>,
}

/// `40,30,20,10`: the `weights` option, as whole numbers (what the sliders show).
pub fn weights_param(weights: &[f64]) -> String {
    let parts: Vec<String> = weights.iter().map(|w| format!("{}", w.round().max(0.0))).collect();
    parts.join(",")
}

/// `lang=ko&weights=25,25,25,25[&team=upstage]`: only characters that need no encoding
/// (language codes, digits, commas and ids of `a-z0-9-`; other team ids are left out).
pub fn query(view: &View<'_>) -> String {
    let mut q = format!("lang={}&weights={}", view.lang.code(), weights_param(view.weights));
    if let Some(team) = view.team.filter(|t| crate::validate::is_valid_id(t)) {
        q.push_str("&team=");
        q.push_str(team);
    }
    q
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
         <kai-ranking lang=\"{}\" weights=\"{}\"></kai-ranking>",
        view.lang.code(),
        weights_param(view.weights)
    )
}

/// The iframe embed code: the frame plus the listener script that sets its height from the
/// frame's height messages (`embed-parent.js`).
pub fn iframe_code(base: &str, view: &View<'_>, title: &str) -> String {
    let base = attr(&folder(base));
    let query = format!("lang={}&weights={}", view.lang.code(), weights_param(view.weights));
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

    const W: [f64; 4] = [40.0, 30.0, 20.0, 10.0];

    #[test]
    fn a_link_reproduces_language_weights_and_team() {
        let v = View { lang: Lang::En, weights: &W, team: Some("upstage") };
        assert_eq!(
            link("https://x.org/kai/", &v),
            "https://x.org/kai/?lang=en&weights=40,30,20,10&team=upstage"
        );
        let v = View { lang: Lang::Ko, weights: &[25.0; 4], team: None };
        assert_eq!(link("https://x.org/kai", &v), "https://x.org/kai/?lang=ko&weights=25,25,25,25");
    }

    #[test]
    fn odd_team_ids_are_left_out_of_links() {
        let v = View { lang: Lang::Ko, weights: &W, team: Some("a&b") };
        assert_eq!(query(&v), "lang=ko&weights=40,30,20,10");
    }

    #[test]
    fn the_script_code_loads_the_module_and_keeps_the_weights() {
        let v = View { lang: Lang::Ko, weights: &W, team: None };
        assert_eq!(
            script_code("https://x.org/kai/", &v),
            "<script type=\"module\" src=\"https://x.org/kai/kai-ranking.js\"></script>\n\
             <kai-ranking lang=\"ko\" weights=\"40,30,20,10\"></kai-ranking>"
        );
    }

    #[test]
    fn the_iframe_code_escapes_its_attributes() {
        let v = View { lang: Lang::En, weights: &W, team: None };
        let code = iframe_code("https://x.org/k\"ai/", &v, "K-AI \"ranking\"");
        assert!(
            code.starts_with(
                "<iframe src=\"https://x.org/k&quot;ai/embed.html?lang=en&amp;weights=40,30,20,10\""
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
