//! The one table of the widget's page options: each option's name, what it means, and where a
//! page can give it (the URL query of the standalone and iframe pages, an attribute of
//! `<kai-ranking>`, a pre-render marker).
//!
//! Why one table: the mount (`kai_ranking::web`), the reducer's `MountOptions`, the pre-renderer
//! and the JavaScript glue (`www/kai-ranking.js`, `www/page-options.js`) all read options; a
//! key listed in five places drifts. The JS side imports `www/options.js`, which is
//! [`js_module`]'s output (written by `kai-prerender --options-js`; a test fails when the
//! committed copy differs). Values are parsed by the widget's state, not here. No web crate.

use crate::load;

/// Which option (the widget matches on this, so a new option cannot be half-wired).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OptionKey {
    /// Interface language.
    Lang,
    /// Starting weights.
    Weights,
    /// Starting preset.
    Preset,
    /// Colour theme.
    Theme,
    /// Places above the drawn line.
    Cut,
    /// The round shown (its participants, line and real outcome).
    Round,
    /// Requirements: minimum scores (`sovereignty=5`).
    Gates,
    /// What the ▲▼ changes compare with.
    Reference,
    /// Team whose details start open.
    Team,
    /// The site folder, for share links and embed codes.
    Base,
    /// Whether the widget writes the reader's view into the page URL.
    SyncUrl,
    /// Another dataset's URL.
    DataSrc,
    /// Which controls show (`crate::layout`).
    Controls,
    /// The Explore tab (`on`/`off`).
    Explore,
    /// The title and question (`on`/`off`).
    Header,
    /// How much of the sources shows.
    Sources,
    /// The share box (`on`/`off`).
    Share,
    /// The language switch (`on`/`off`).
    LangSwitch,
    /// The theme switch (`on`/`off`).
    ThemeSwitch,
    /// Rows shown before "show all".
    Rows,
    /// A classroom dataset carried in the link itself (`crate::classroom::link`).
    Data,
    /// The view the widget opens on (`article`, `explore`, `classroom`).
    Tab,
}

/// One row of [`OPTIONS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WidgetOption {
    /// Which option.
    pub key: OptionKey,
    /// Its name in the options object of `mount()` / `Widget::update()`, in a pre-render
    /// marker and in the URL query.
    pub name: &'static str,
    /// The `<kai-ranking>` attribute that sets it, if any.
    pub attribute: Option<&'static str>,
    /// Read from the page URL by the standalone and iframe pages (shared links).
    pub query: bool,
    /// Accepted by the pre-renderer (`<!--kai-prerender key=value-->`, `kai-prerender` args).
    pub prerender: bool,
    /// What it does, for developers (README, `kai-prerender --help`).
    pub meaning: &'static str,
}

/// A reader-facing option: in the URL, as an attribute and in a marker alike.
const fn shared(key: OptionKey, name: &'static str, meaning: &'static str) -> WidgetOption {
    WidgetOption { key, name, attribute: Some(name), query: true, prerender: true, meaning }
}

/// Every option the widget reads, in the order the docs list them.
pub const OPTIONS: &[WidgetOption] = &[
    shared(OptionKey::Lang, "lang", "ko or en"),
    shared(OptionKey::Weights, "weights", "importances 0–10: 8,6,4,2 or performance=8,…"),
    shared(OptionKey::Preset, "preset", "a preset id"),
    shared(OptionKey::Theme, "theme", "auto, light or dark"),
    shared(OptionKey::Cut, "cut", "teams above the line (default: the round's planned size)"),
    shared(
        OptionKey::Round,
        "round",
        "a round id (default: the latest evaluation with an outcome)",
    ),
    shared(OptionKey::Gates, "gates", "minimum scores, e.g. sovereignty=5"),
    shared(OptionKey::Reference, "reference", "equal, actual or a preset id"),
    shared(OptionKey::Team, "team", "id of the team whose details start open"),
    WidgetOption {
        key: OptionKey::Base,
        name: "base",
        attribute: None,
        query: false,
        prerender: true,
        meaning: "URL of the site folder (share links, embed codes); empty: no share box",
    },
    WidgetOption {
        key: OptionKey::SyncUrl,
        name: "syncUrl",
        attribute: None,
        query: false,
        prerender: false,
        meaning: "true: write the reader's view into the page URL (pages that own their URL)",
    },
    WidgetOption {
        key: OptionKey::DataSrc,
        name: "dataSrc",
        attribute: Some("data-src"),
        query: false,
        prerender: false,
        meaning: "URL of another dataset (fetched by kai-ranking.js, checked by the widget)",
    },
    shared(OptionKey::Controls, "controls", "all, sliders or none (weights shown as text)"),
    shared(OptionKey::Explore, "explore", "on or off: the Explore tab"),
    shared(OptionKey::Header, "header", "on or off: the title and question"),
    shared(
        OptionKey::Sources,
        "sources",
        "full, compact or off (the one-line disclaimer and the data date always stay)",
    ),
    shared(OptionKey::Share, "share", "on or off: the share box"),
    shared(OptionKey::LangSwitch, "langswitch", "on or off: the language switch"),
    shared(OptionKey::ThemeSwitch, "themeswitch", "on or off: the theme switch"),
    shared(OptionKey::Rows, "rows", "1 to 15: the top N rows, then a \"show all\" button"),
    WidgetOption {
        key: OptionKey::Data,
        name: "data",
        attribute: Some("data"),
        query: true,
        prerender: false,
        meaning: "a classroom dataset in the link (1.<base64url of deflated text>, at most 8000 characters)",
    },
    WidgetOption {
        key: OptionKey::Tab,
        name: "tab",
        attribute: Some("tab"),
        query: true,
        prerender: false,
        meaning: "the view to open: article (default), explore or classroom",
    },
];

/// The option called `name` (as in a marker or the options object).
pub fn by_name(name: &str) -> Option<&'static WidgetOption> {
    OPTIONS.iter().find(|o| o.name == name)
}

/// The options-object name of `key` (every key has a row: a test checks it).
pub fn name_of(key: OptionKey) -> &'static str {
    OPTIONS.iter().find(|o| o.key == key).map_or("", |o| o.name)
}

/// The names a pre-render marker accepts, in table order.
pub fn prerender_names() -> impl Iterator<Item = &'static str> {
    OPTIONS.iter().filter(|o| o.prerender).map(|o| o.name)
}

/// The ES module `www/options.js`: the table as the JavaScript glue needs it, read before the
/// wasm loads (a custom element's `observedAttributes` is read at `customElements.define`).
pub fn js_module() -> String {
    let quoted = |s: &str| format!("'{s}'");
    let attributes: Vec<String> = OPTIONS
        .iter()
        .filter_map(|o| o.attribute.map(|a| format!("[{}, {}]", quoted(a), quoted(o.name))))
        .collect();
    let query: Vec<String> = OPTIONS.iter().filter(|o| o.query).map(|o| quoted(o.name)).collect();
    format!(
        "// Generated from kai_engine::options::OPTIONS by `kai-prerender --options-js`: do not edit.\n\
         // (A test fails when this file and the Rust table differ.)\n\
         \n\
         /** Attributes of <kai-ranking> that set widget options: [attribute, option name]. */\n\
         export const ATTRIBUTES = [{}];\n\
         \n\
         /** Query keys the standalone and iframe pages pass to the widget (shared links). */\n\
         export const QUERY_KEYS = [{}];\n\
         \n\
         /** Largest data-src body the widget accepts, in bytes (kai_engine::load::MAX_BYTES). */\n\
         export const MAX_DATA_BYTES = {};\n\
         \n\
         /** How long a data-src fetch may take, in milliseconds, before it is abandoned. */\n\
         export const FETCH_TIMEOUT_MS = {};\n\
         \n\
         /** The note over the static copy when a mount fails (kai_engine::i18n::MOUNT_FAILED). */\n\
         export const MOUNT_FAILED = {{ ko: {}, en: {} }};\n\
         \n\
         /** The link after that note, to the full page (kai_engine::i18n::FULL_PAGE). */\n\
         export const FULL_PAGE = {{ ko: {}, en: {} }};\n",
        attributes.join(", "),
        query.join(", "),
        load::MAX_BYTES,
        load::FETCH_TIMEOUT_MS,
        quoted(crate::i18n::MOUNT_FAILED[0]),
        quoted(crate::i18n::MOUNT_FAILED[1]),
        quoted(crate::i18n::FULL_PAGE[0]),
        quoted(crate::i18n::FULL_PAGE[1]),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_found() {
        for (i, o) in OPTIONS.iter().enumerate() {
            assert!(OPTIONS[..i].iter().all(|p| p.name != o.name && p.key != o.key), "{o:?}");
            assert_eq!(by_name(o.name), Some(o));
        }
        assert_eq!(by_name("colour"), None);
        use OptionKey::*;
        let every = [
            Lang,
            Weights,
            Preset,
            Theme,
            Cut,
            Round,
            Gates,
            Reference,
            Team,
            Base,
            SyncUrl,
            DataSrc,
            Controls,
            Explore,
            Header,
            Sources,
            Share,
            LangSwitch,
            ThemeSwitch,
            Rows,
            Data,
            Tab,
        ];
        assert_eq!(every.len(), OPTIONS.len());
        assert!(every.iter().all(|k| !name_of(*k).is_empty()));
        assert_eq!(name_of(DataSrc), "dataSrc");
    }

    #[test]
    fn the_url_the_element_and_the_marker_take_the_documented_keys() {
        let query: Vec<_> = OPTIONS.iter().filter(|o| o.query).map(|o| o.name).collect();
        assert_eq!(
            query,
            [
                "lang",
                "weights",
                "preset",
                "theme",
                "cut",
                "round",
                "gates",
                "reference",
                "team",
                "controls",
                "explore",
                "header",
                "sources",
                "share",
                "langswitch",
                "themeswitch",
                "rows",
                "data",
                "tab"
            ]
        );
        let attributes: Vec<_> = OPTIONS.iter().filter_map(|o| o.attribute).collect();
        assert_eq!(
            attributes,
            [
                "lang",
                "weights",
                "preset",
                "theme",
                "cut",
                "round",
                "gates",
                "reference",
                "team",
                "data-src",
                "controls",
                "explore",
                "header",
                "sources",
                "share",
                "langswitch",
                "themeswitch",
                "rows",
                "data",
                "tab"
            ]
        );
        assert_eq!(
            prerender_names().collect::<Vec<_>>(),
            [
                "lang",
                "weights",
                "preset",
                "theme",
                "cut",
                "round",
                "gates",
                "reference",
                "team",
                "base",
                "controls",
                "explore",
                "header",
                "sources",
                "share",
                "langswitch",
                "themeswitch",
                "rows"
            ]
        );
    }

    /// `www/options.js` is committed (the site works from `www/` as it is); it must be exactly
    /// what the table generates. Regenerate: `kai-prerender --options-js > www/options.js`.
    #[test]
    fn the_committed_options_js_is_generated_from_this_table() {
        assert_eq!(include_str!("../../../www/options.js"), js_module());
        assert!(js_module().contains(
            "export const ATTRIBUTES = [['lang', 'lang'], ['weights', 'weights'], ['preset', 'preset'], \
             ['theme', 'theme'], ['cut', 'cut'], ['round', 'round'], ['gates', 'gates'], \
             ['reference', 'reference'], ['team', 'team'], ['data-src', 'dataSrc'], \
             ['controls', 'controls'], ['explore', 'explore'], ['header', 'header'], \
             ['sources', 'sources'], ['share', 'share'], ['langswitch', 'langswitch'], \
             ['themeswitch', 'themeswitch'], ['rows', 'rows'], ['data', 'data'], ['tab', 'tab']];"
        ));
        assert!(js_module().contains("export const MAX_DATA_BYTES = 1048576;"));
    }

    /// `www/layout-gate.js` (a classic script: it cannot import options.js) keeps its own list
    /// of the render options; it must be exactly the layout keys of this table.
    #[test]
    fn the_layout_gate_lists_the_layout_options() {
        let names: Vec<String> =
            crate::layout::KEYS.iter().map(|k| format!("'{}'", name_of(*k))).collect();
        let line = format!("var LAYOUT_KEYS = [{}];", names.join(", "));
        assert!(include_str!("../../../www/layout-gate.js").contains(&line), "{line}");
        // A dataset or a tab from the link: the copy (K-AI data, ranking view) would show
        // something else first, so the gate hides it as well.
        let view = format!(
            "var VIEW_KEYS = ['{}', '{}'];",
            name_of(OptionKey::Data),
            name_of(OptionKey::Tab)
        );
        assert!(include_str!("../../../www/layout-gate.js").contains(&view), "{view}");
    }
}
