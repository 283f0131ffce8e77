//! The render options a newsroom sets on an embed (`controls`, `explore`, `header`, `sources`,
//! `share`, `langswitch`, `themeswitch`, `rows`): which parts of the widget show.
//!
//! Why typed and here: the widget, the pre-renderer and the share box's embed builder must agree
//! on every value (a copied code is read back by another page), so the words are parsed once,
//! natively tested, into a [`Layout`]; a bad word becomes a [`LayoutProblem`] naming the option
//! and the value, and that option keeps its default. What never goes, whatever the options: the
//! disclaimer line with the data date (the scores are editorial assessments).

use crate::options::OptionKey;

/// Which controls show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Controls {
    /// Sliders, requirements, presets, round and reference pickers.
    #[default]
    All,
    /// The weight sliders only.
    Sliders,
    /// None: the weights are shown as text.
    None,
}

impl Controls {
    /// Every value, in the order the docs and the embed builder list them.
    pub const ALL: [Controls; 3] = [Controls::All, Controls::Sliders, Controls::None];

    /// The option value (`sliders`).
    pub fn as_str(self) -> &'static str {
        CONTROLS[self as usize]
    }
}

/// How the sources show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sources {
    /// The full list in a footer.
    #[default]
    Full,
    /// One folded line (the list opens on request).
    Compact,
    /// No list (the disclaimer line still links to the reasons and sources).
    Off,
}

impl Sources {
    /// Every value, in the order the docs and the embed builder list them.
    pub const ALL: [Sources; 3] = [Sources::Full, Sources::Compact, Sources::Off];

    /// The option value (`compact`).
    pub fn as_str(self) -> &'static str {
        SOURCES[self as usize]
    }
}

/// What the widget shows, parsed from the page's options.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    /// Which controls.
    pub controls: Controls,
    /// The Explore (탐구) tab.
    pub explore: bool,
    /// The title, question and date at the top.
    pub header: bool,
    /// The sources.
    pub sources: Sources,
    /// The share box (and its embed builder).
    pub share: bool,
    /// The language switch.
    pub lang_switch: bool,
    /// The theme switch.
    pub theme_switch: bool,
    /// Rows shown before a "show all" button (`None`: every row).
    pub rows: Option<usize>,
}

impl Default for Layout {
    fn default() -> Layout {
        Layout {
            controls: Controls::All,
            explore: true,
            header: true,
            sources: Sources::Full,
            share: true,
            lang_switch: true,
            theme_switch: true,
            rows: None,
        }
    }
}

/// The layout options, in the order of the options table.
pub const KEYS: [OptionKey; 8] = [
    OptionKey::Controls,
    OptionKey::Explore,
    OptionKey::Header,
    OptionKey::Sources,
    OptionKey::Share,
    OptionKey::LangSwitch,
    OptionKey::ThemeSwitch,
    OptionKey::Rows,
];

const CONTROLS: [&str; 3] = ["all", "sliders", "none"];
const SOURCES: [&str; 3] = ["full", "compact", "off"];
const ON_OFF: [&str; 2] = ["on", "off"];

/// The raw text of each layout option, as a page gave it (`None`: not given).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LayoutInput([Option<String>; 8]);

impl LayoutInput {
    /// Sets `key` from its text; returns false when `key` is not a layout option.
    pub fn set(&mut self, key: OptionKey, value: String) -> bool {
        match KEYS.iter().position(|k| *k == key) {
            Some(i) => {
                self.0[i] = Some(value);
                true
            }
            None => false,
        }
    }

    /// The text given for `key`, trimmed (`None` when absent or blank).
    pub fn get(&self, key: OptionKey) -> Option<&str> {
        let i = KEYS.iter().position(|k| *k == key)?;
        self.0[i].as_deref().map(str::trim).filter(|s| !s.is_empty())
    }
}

/// The largest `rows`.
pub const ROWS_MAX: usize = 15;

/// What a value should have been.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemKind {
    /// One of these words (the first is the default).
    Choice(&'static [&'static str]),
    /// A whole number from 1 to [`ROWS_MAX`].
    Rows,
}

/// A layout option whose value could not be read (its default is used).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LayoutProblem {
    /// The option's name (`rows`).
    pub option: &'static str,
    /// The value as given.
    pub value: String,
    /// What it should have been.
    pub kind: ProblemKind,
}

impl Layout {
    /// Reads `input`. Every
    /// bad value is reported and that option keeps its default.
    pub fn parse(input: &LayoutInput) -> (Layout, Vec<LayoutProblem>) {
        let mut layout = Layout::default();
        let mut problems = Vec::new();
        let name = crate::options::name_of;
        let mut word = |key: OptionKey, words: &'static [&'static str]| {
            let v = input.get(key)?;
            let found = words.iter().position(|w| w.eq_ignore_ascii_case(v));
            if found.is_none() {
                problems.push(LayoutProblem {
                    option: name(key),
                    value: v.to_string(),
                    kind: ProblemKind::Choice(words),
                });
            }
            found
        };
        if let Some(i) = word(OptionKey::Controls, &CONTROLS) {
            layout.controls = [Controls::All, Controls::Sliders, Controls::None][i];
        }
        if let Some(i) = word(OptionKey::Sources, &SOURCES) {
            layout.sources = [Sources::Full, Sources::Compact, Sources::Off][i];
        }
        for (key, slot) in [
            (OptionKey::Explore, &mut layout.explore),
            (OptionKey::Header, &mut layout.header),
            (OptionKey::Share, &mut layout.share),
            (OptionKey::LangSwitch, &mut layout.lang_switch),
            (OptionKey::ThemeSwitch, &mut layout.theme_switch),
        ] {
            if let Some(i) = word(key, &ON_OFF) {
                *slot = i == 0;
            }
        }
        if let Some(v) = input.get(OptionKey::Rows) {
            match v.parse::<usize>() {
                Ok(n) if (1..=ROWS_MAX).contains(&n) => layout.rows = Some(n),
                _ => problems.push(LayoutProblem {
                    option: name(OptionKey::Rows),
                    value: v.to_string(),
                    kind: ProblemKind::Rows,
                }),
            }
        }
        (layout, problems)
    }

    /// The options that differ from the defaults, as (name, value) in table order: what an
    /// embed code must carry to reproduce this layout (read back by [`Layout::parse`]).
    pub fn params(&self) -> Vec<(&'static str, String)> {
        let off = |on: bool| (!on).then(|| "off".to_string());
        let value = |key: OptionKey| -> Option<String> {
            match key {
                OptionKey::Controls => match self.controls {
                    Controls::All => None,
                    Controls::Sliders => Some(CONTROLS[1].to_string()),
                    Controls::None => Some(CONTROLS[2].to_string()),
                },
                OptionKey::Sources => match self.sources {
                    Sources::Full => None,
                    Sources::Compact => Some(SOURCES[1].to_string()),
                    Sources::Off => Some(SOURCES[2].to_string()),
                },
                OptionKey::Explore => off(self.explore),
                OptionKey::Header => off(self.header),
                OptionKey::Share => off(self.share),
                OptionKey::LangSwitch => off(self.lang_switch),
                OptionKey::ThemeSwitch => off(self.theme_switch),
                OptionKey::Rows => self.rows.map(|n| n.to_string()),
                _ => None,
            }
        };
        KEYS.iter().filter_map(|&k| value(k).map(|v| (crate::options::name_of(k), v))).collect()
    }

    /// The compact embed the share box suggests for an article on a phone: sliders, ranking and
    /// one line of sources and disclaimer. No title: the article around it has one, and with it
    /// the embed would not fit 1.3 screens of a 375 × 800 phone (README "Render options").
    pub fn compact() -> Layout {
        Layout {
            controls: Controls::Sliders,
            explore: false,
            header: false,
            sources: Sources::Compact,
            share: false,
            lang_switch: false,
            theme_switch: false,
            rows: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(pairs: &[(OptionKey, &str)]) -> LayoutInput {
        let mut i = LayoutInput::default();
        for (k, v) in pairs {
            assert!(i.set(*k, v.to_string()));
        }
        i
    }

    #[test]
    fn nothing_given_is_the_full_widget() {
        let (l, p) = Layout::parse(&LayoutInput::default());
        assert_eq!(l, Layout::default());
        assert!(p.is_empty());
        assert!(l.params().is_empty());
        assert!(!LayoutInput::default().set(OptionKey::Lang, "en".into()));
    }

    #[test]
    fn every_option_is_read() {
        use OptionKey::*;
        let (l, p) = Layout::parse(&input(&[
            (Controls, "sliders"),
            (Explore, "off"),
            (Header, "OFF"),
            (Sources, " compact "),
            (Share, "off"),
            (LangSwitch, "off"),
            (ThemeSwitch, "on"),
            (Rows, "3"),
        ]));
        assert!(p.is_empty(), "{p:?}");
        assert_eq!(
            l,
            Layout {
                controls: super::Controls::Sliders,
                explore: false,
                header: false,
                sources: super::Sources::Compact,
                share: false,
                lang_switch: false,
                theme_switch: true,
                rows: Some(3),
            }
        );
        let (none, _) = Layout::parse(&input(&[(Controls, "none"), (Sources, "off")]));
        assert_eq!(none.controls, super::Controls::None);
        assert_eq!(none.sources, super::Sources::Off);
    }

    #[test]
    fn bad_values_are_named_and_fall_back() {
        use OptionKey::*;
        let (l, p) = Layout::parse(&input(&[(Rows, "abc"), (Controls, "some"), (Share, "no")]));
        assert_eq!(l, Layout::default());
        assert_eq!(
            p,
            [
                LayoutProblem {
                    option: "controls",
                    value: "some".into(),
                    kind: ProblemKind::Choice(&["all", "sliders", "none"])
                },
                LayoutProblem {
                    option: "share",
                    value: "no".into(),
                    kind: ProblemKind::Choice(&["on", "off"])
                },
                LayoutProblem { option: "rows", value: "abc".into(), kind: ProblemKind::Rows },
            ]
        );
        for bad in ["0", "16", "-1", "2.5"] {
            let (l, p) = Layout::parse(&input(&[(Rows, bad)]));
            assert_eq!((l.rows, p.len()), (None, 1), "{bad}");
        }
        assert_eq!(Layout::parse(&input(&[(Rows, "15")])).0.rows, Some(15));
        // Blank is "not given", not a mistake.
        assert!(Layout::parse(&input(&[(Rows, " ")])).1.is_empty());
    }

    #[test]
    fn params_are_the_non_defaults_in_table_order_and_read_back() {
        assert_eq!(
            Layout::compact().params(),
            [
                ("controls", "sliders".to_string()),
                ("explore", "off".to_string()),
                ("header", "off".to_string()),
                ("sources", "compact".to_string()),
                ("share", "off".to_string()),
                ("langswitch", "off".to_string()),
                ("themeswitch", "off".to_string()),
            ]
        );
        let l = Layout { header: false, sources: Sources::Off, rows: Some(5), ..Layout::default() };
        assert_eq!(
            l.params(),
            [
                ("header", "off".to_string()),
                ("sources", "off".to_string()),
                ("rows", "5".to_string())
            ]
        );
        for layout in [Layout::compact(), l] {
            let mut i = LayoutInput::default();
            for (name, v) in layout.params() {
                let o = crate::options::by_name(name).map(|o| o.key);
                assert!(i.set(o.unwrap_or(OptionKey::Lang), v));
            }
            assert_eq!(Layout::parse(&i), (layout, vec![]));
        }
    }
}
