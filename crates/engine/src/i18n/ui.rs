//! The widget's fixed labels ([`Ui`]), its short label-like phrases (badges, screen-reader
//! texts, captions) and the notices about ignored page options ([`Notice`]).
//!
//! Why a module: these are the words of the article view, looked up by key so a component
//! never spells a sentence itself. Pure data and `format!`; no web dependencies.

use super::grammar::{join_en, mid_sentence_en};
use super::pick;
use crate::text::Lang;

/// The fixed labels of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ui {
    /// Heading of the weight sliders.
    Weights,
    /// One line under the weights heading.
    WeightsHint,
    /// Summary of the disclosure holding a criterion's definition.
    WhatCounts,
    /// Heading of the preset buttons.
    Presets,
    /// The reset button.
    Reset,
    /// Heading of the ranking.
    Ranking,
    /// Heading of the legend.
    Legend,
    /// Legend entry for the hatched "missing score" segment.
    MissingLegend,
    /// Heading of the sources footer.
    Sources,
    /// Prefix of the dataset date.
    AsOf,
    /// The phone layout's slider dock: its toggle.
    Dock,
    /// Label of the language switch.
    Language,
    /// Label of the theme switch.
    Theme,
    /// Theme: follow the system.
    ThemeAuto,
    /// Theme: light.
    ThemeLight,
    /// Theme: dark.
    ThemeDark,
    /// Outcome badge: not selected.
    NotSelected,
    /// Outcome badge: selected (followed by a date when known).
    Selected,
    /// A fact the sources do not report.
    NotReported,
    /// Details: lead organisation.
    Lead,
    /// Details: partners.
    Partners,
    /// Details: models.
    Models,
    /// Details: scale.
    Scale,
    /// Details: compute.
    Compute,
    /// Details: strategy.
    Strategy,
    /// Details: what happened.
    Outcome,
    /// Details: further facts.
    Facts,
    /// Details: scores heading.
    Scores,
    /// A score the sources do not allow to give.
    NoScore,
    /// Separator above the rows without a rank (missing scores, failed requirements).
    NotRanked,
    /// Label of the round picker.
    RoundPicker,
    /// Heading of the requirements (gates).
    Requirements,
    /// One line under the requirements heading: a gate is not a weight.
    RequirementsHint,
    /// "minimum" beside a requirement's number input.
    Minimum,
    /// A round without an outcome yet.
    Pending,
    /// Summary of the quotes disclosure ("sources").
    Evidence,
    /// Link text to a source online.
    Original,
    /// Column: weighted score (screen-reader prefix).
    Score,
    /// Hint on a row button.
    ShowDetails,
    /// Shown instead of a ranking when every weight is zero.
    AllZero,
    /// The bars' scale.
    ScaleNote,
    /// Label of the dismiss button of notices.
    Dismiss,
    /// Heading of the notices box.
    Notices,
    /// Caption of the comparison column when the reference is equal weights.
    VsEqual,
    /// Caption of the comparison column when the reference is the real selection.
    VsActual,
    /// Label of the reference picker.
    CompareWith,
    /// Picker option: equal weights.
    RefEqual,
    /// Picker option: the real selection.
    RefActual,
    /// "enters" marker (reference = real selection).
    Enters,
    /// "drops out" marker (reference = real selection).
    DropsOut,
}

impl Ui {
    /// The label in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        let (ko, en) = match self {
            Ui::Weights => ("기준별 가중치", "Weights of the criteria"),
            Ui::WeightsHint => (
                "슬라이더를 움직여 기준마다 중요도를 0–10으로 정하세요. 비중은 그 중요도가 전체 중요도 합에서 차지하는 몫입니다.",
                "Set how important each criterion is, 0–10; its share is its importance over the sum of all importances.",
            ),
            Ui::WhatCounts => ("무엇을 보나", "What counts"),
            Ui::Presets => ("미리 정한 가중치", "Preset weightings"),
            Ui::Reset => ("초기화 (모두 같게)", "Reset (all equal)"),
            Ui::Ranking => ("이 가중치로 본 순위", "Ranking under these weights"),
            Ui::Legend => ("범례", "Legend"),
            Ui::MissingLegend => {
                ("빗금: 자료 부족 (점수 없음)", "Hatched: missing data (no score)")
            }
            Ui::Sources => ("출처", "Sources"),
            Ui::AsOf => ("자료 기준일", "Data as of"),
            Ui::Dock => ("가중치 조절", "Adjust the weights"),
            Ui::Language => ("언어", "Language"),
            Ui::Theme => ("화면", "Theme"),
            Ui::ThemeAuto => ("자동", "Auto"),
            Ui::ThemeLight => ("밝게", "Light"),
            Ui::ThemeDark => ("어둡게", "Dark"),
            Ui::NotSelected => ("미선정", "Not selected"),
            Ui::Selected => ("선정", "Selected"),
            Ui::NotReported => ("보도 없음", "Not reported"),
            Ui::Lead => ("주관", "Lead"),
            Ui::Partners => ("참여 기관", "Partners"),
            Ui::Models => ("모델", "Models"),
            Ui::Scale => ("규모", "Scale"),
            Ui::Compute => ("컴퓨팅 자원", "Compute"),
            Ui::Strategy => ("전략", "Strategy"),
            Ui::Outcome => ("결과", "Outcome"),
            Ui::Facts => ("주요 사실", "Key facts"),
            Ui::Scores => ("점수와 근거 (0–10)", "Scores and reasons (0–10)"),
            Ui::NoScore => ("점수 없음", "no score"),
            Ui::NotRanked => ("이 가중치로는 순위 밖", "Not ranked with these weights"),
            Ui::RoundPicker => ("평가 단계", "Round"),
            Ui::Requirements => ("요건 (최소 점수)", "Requirements (minimum score)"),
            Ui::RequirementsHint => (
                "요건은 가중치가 아닙니다. 최소 점수에 못 미치는 팀은 총점과 상관없이 탈락합니다.",
                "A requirement is not a weight: a team below the minimum is out whatever its total.",
            ),
            Ui::Minimum => ("최소", "minimum"),
            Ui::Pending => ("발표 전", "pending"),
            Ui::Evidence => ("근거 인용", "Quoted evidence"),
            Ui::Original => ("원문", "original"),
            Ui::Score => ("점수", "score"),
            Ui::ShowDetails => ("눌러서 자세히 보기", "select for details"),
            Ui::AllZero => (
                "모든 가중치가 0이라 순위를 매길 수 없습니다.",
                "All weights are zero, so there is no ranking.",
            ),
            Ui::ScaleNote => (
                "막대 길이 = 가중 점수 (0–10), 색과 무늬 = 기준별 기여",
                "Bar length = weighted score (0–10); colour and pattern = each criterion's contribution",
            ),
            Ui::Dismiss => ("알림 닫기", "Dismiss notices"),
            Ui::Notices => ("알림", "Notices"),
            Ui::VsEqual => ("▲▼: 같은 가중치일 때와 비교", "▲▼: compared with equal weights"),
            Ui::VsActual => ("▲▼: 실제 선정 결과와 비교", "▲▼: compared with the real selection"),
            Ui::CompareWith => ("▲▼ 비교 기준", "▲▼ compared with"),
            Ui::RefEqual => ("같은 가중치", "equal weights"),
            Ui::RefActual => ("실제 선정 결과", "the real selection"),
            Ui::Enters => ("진입", "in"),
            Ui::DropsOut => ("탈락", "out"),
        };
        pick(lang, ko, en)
    }
}

/// The language switch labels: each language named in itself, so a reader finds their own.
pub const LANG_NAMES: [(Lang, &str); 2] = [(Lang::Ko, "한국어"), (Lang::En, "English")];

/// The one-line error shown (in both languages at once) when the widget cannot run at all; a
/// reader who cannot read one language still sees the other.
pub const FATAL: [&str; 2] = [
    "순위 위젯에 오류가 생겼습니다. 페이지를 새로 고쳐 주세요.",
    "The ranking widget hit an error. Please reload the page.",
];

/// The one line a reader sees under the static ranking when the widget cannot start (blocked,
/// failed download, old browser, a mount that throws): said by `kai-ranking.js`, `main.js` and
/// `embed.js` (exported to `www/options.js`, so it needs no working wasm to be said) and carried
/// in the pasted script embed code (`share::script_embed`), always followed by [`FULL_PAGE`].
pub const MOUNT_FAILED: [&str; 2] =
    ["인터랙티브 버전을 불러오지 못했습니다.", "The interactive version could not load."];

/// The link after [`MOUNT_FAILED`], to the standalone page of the same view.
pub const FULL_PAGE: [&str; 2] = ["전체 페이지에서 보기", "Open the full page"];

/// Title line of the error box shown when the embedded dataset fails validation.
pub const DATA_BROKEN: [&str; 2] = [
    "위젯에 든 자료에 문제가 있어 순위를 보여 줄 수 없습니다.",
    "The widget's data has problems, so no ranking can be shown.",
];

/// Caption of the line under the top `n` (e.g. "선정 기준선 (상위 5팀)").
pub fn cut_label(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Ko => format!("선정 기준선 ({})", super::grammar::top_n_ko(n)),
        Lang::En => format!("Selection line (top {n})"),
    }
}

/// The resulting share shown beside a slider's importance: "비중 35%" / "share 35 %".
pub fn share_text(lang: Lang, percent: &str) -> String {
    match lang {
        Lang::Ko => format!("비중 {percent}"),
        Lang::En => format!("share {percent}"),
    }
}

/// `aria-valuetext` of a slider: its importance, then the resulting share
/// ("중요도 7/10, 비중 35%"; the label is the slider's own `<label>`).
pub fn slider_valuetext(lang: Lang, importance: &str, percent: &str) -> String {
    match lang {
        Lang::Ko => format!("중요도 {importance}, {}", share_text(lang, percent)),
        Lang::En => format!("importance {importance}, {}", share_text(lang, percent)),
    }
}

/// A row's movement against the reference as the ranking shows it: the symbol (▲ ▼ –, with the
/// places), the words for screen readers, and the class that colours it (`kai-up`, `kai-down`,
/// `kai-same`). One home for the widget's row and the island's.
pub fn movement_badge(
    lang: Lang,
    movement: crate::rank::Movement,
) -> (String, String, &'static str) {
    use crate::rank::Movement;
    match movement {
        Movement::Places(n) => (
            crate::format::change_symbol(n),
            change_text(lang, n),
            match n.signum() {
                1 => "kai-up",
                -1 => "kai-down",
                _ => "kai-same",
            },
        ),
        Movement::Enters => ("▲".to_string(), Ui::Enters.get(lang).to_string(), "kai-up"),
        Movement::DropsOut => ("▼".to_string(), Ui::DropsOut.get(lang).to_string(), "kai-down"),
        Movement::Same => ("–".to_string(), change_text(lang, 0), "kai-same"),
    }
}

/// Screen-reader text for a rank change (positive = moved up).
pub fn change_text(lang: Lang, delta: i64) -> String {
    let n = delta.unsigned_abs();
    match (lang, delta.signum()) {
        (Lang::Ko, 1) => format!("{n}계단 상승"),
        (Lang::Ko, -1) => format!("{n}계단 하락"),
        (Lang::Ko, _) => "변동 없음".to_string(),
        (Lang::En, 1) => format!("up {n}"),
        (Lang::En, -1) => format!("down {n}"),
        (Lang::En, _) => "no change".to_string(),
    }
}

/// Screen-reader text for a rank ("3위" / "rank 3").
pub fn rank_text(lang: Lang, rank: Option<usize>) -> String {
    let Some(rank) = rank else { return Ui::NotRanked.get(lang).to_string() };
    match lang {
        Lang::Ko => format!("{rank}위"),
        Lang::En => format!("rank {rank}"),
    }
}

/// The flag of a team without a rank because the weights need a score it lacks ("이 가중치로는
/// 순위를 매길 수 없음: 글로벌 확장성 점수 없음").
pub fn missing_flag(lang: Lang, criteria: &[&str]) -> String {
    match lang {
        Lang::Ko => format!("이 가중치로는 순위를 매길 수 없음: {} 점수 없음", criteria.join("·")),
        Lang::En => {
            let noun = if criteria.len() == 1 { "score" } else { "scores" };
            let lower: Vec<String> = criteria.iter().map(|c| mid_sentence_en(c)).collect();
            let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
            format!("not rankable with these weights: no {} {noun}", join_en(&lower))
        }
    }
}

/// [`missing_flag`] for a row's missing criteria (indices into `criteria`): the one place the
/// widget's row and the island name them.
pub fn missing_flag_of(
    lang: Lang,
    criteria: &[crate::model::Criterion],
    missing: &[usize],
) -> String {
    let names: Vec<&str> =
        missing.iter().filter_map(|&c| criteria.get(c)).map(|c| c.label.get(lang)).collect();
    missing_flag(lang, &names)
}

/// Flag of a team out by a requirement: "요건 미달로 탈락: 자주성 4.0 < 5" / "out, below the
/// requirement: sovereignty 4.0 < 5".
pub fn gate_flag(lang: Lang, failed: &[(&str, f64, f64)]) -> String {
    let parts: Vec<String> = failed
        .iter()
        .map(|(label, score, min)| {
            let label = if lang == Lang::En { mid_sentence_en(label) } else { label.to_string() };
            format!("{label} {} < {}", crate::format::score(*score), crate::format::weight(*min))
        })
        .collect();
    match lang {
        Lang::Ko => format!("요건 미달로 탈락: {}", parts.join(", ")),
        Lang::En => format!("out, below the requirement: {}", parts.join(", ")),
    }
}

/// The outcome badge ("선정 2025-08-04" / "Selected 2025-08-04" / "미선정").
pub fn outcome_badge(lang: Lang, selected: bool, date: Option<&str>) -> String {
    let word = if selected { Ui::Selected } else { Ui::NotSelected }.get(lang);
    match (selected, date) {
        (true, Some(d)) => format!("{word} {d}"),
        _ => word.to_string(),
    }
}

/// Caption of the comparison column when the reference is a preset.
pub fn vs_preset(lang: Lang, preset: &str) -> String {
    match lang {
        Lang::Ko => format!("▲▼: ‘{preset}’ 가중치일 때와 비교"),
        Lang::En => format!("▲▼: compared with “{preset}”"),
    }
}

/// Why an option given to the widget was ignored. Rendered in the reader's current language,
/// so it is stored as data, not as text.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// `lang` was neither `ko` nor `en`.
    BadLang(String),
    /// `weights` could not be read; the message comes from [`crate::weights_parse`].
    BadWeights {
        /// The value as given.
        value: String,
        /// Why, in Korean.
        ko: String,
        /// Why, in English.
        en: String,
    },
    /// `preset` names no preset of the dataset.
    BadPreset(String),
    /// `theme` was not `auto`, `light` or `dark`.
    BadTheme(String),
    /// `cut` was not a number of teams between 1 and the number of teams − 1.
    BadCut {
        /// The value as given.
        value: String,
        /// The line drawn instead (the dataset's default), so the notice names it.
        shown: usize,
    },
    /// `reference` was not `equal`, `actual` or a preset id.
    BadReference(String),
    /// `round` names no round of the dataset.
    BadRound(String),
    /// `gates` could not be read; the message comes from [`crate::round::parse_gates`].
    BadGates {
        /// The value as given.
        value: String,
        /// Why, in Korean.
        ko: String,
        /// Why, in English.
        en: String,
    },
    /// A render option ([`crate::layout`]) was not one of its values.
    BadLayout(crate::layout::LayoutProblem),
    /// The `data` link could not be read; the reason comes from
    /// [`crate::classroom::link::LinkError`] (the page's own data shows instead).
    BadData {
        /// Why, in Korean.
        ko: String,
        /// Why, in English.
        en: String,
    },
    /// `tab` was not `article`, `explore` or `classroom`.
    BadTab(String),
}

/// Longest reason of a [`Notice::BadData`] shown (a damaged table can name many cells):
/// its first lines up to this many characters.
const MAX_DATA_REASON_CHARS: usize = 300;

/// The first three lines of `why`, on one line, cut at [`MAX_DATA_REASON_CHARS`].
fn data_reason(why: &str) -> String {
    let lines: Vec<&str> = why.lines().take(3).collect();
    let more = why.lines().count() > 3;
    let mut out: String = lines.join(" ").chars().take(MAX_DATA_REASON_CHARS).collect();
    if more || out.chars().count() < lines.join(" ").chars().count() {
        out.push('…');
    }
    out
}

impl Notice {
    /// The notice with every value from outside as it may be quoted ([`crate::text::echo`]:
    /// plain, at most 40 characters) and the parsers' reasons without controls: a link's
    /// `?lang=en.%20NOTICE:…` cannot pass for the widget's own words, nor a 200k-character
    /// `weights=` make a box metres tall.
    fn echoed(&self) -> Notice {
        use crate::text::{echo, neutralise_bidi};
        let why = |s: &str| neutralise_bidi(s, false).into_owned();
        match self {
            Notice::BadLang(v) => Notice::BadLang(echo(v)),
            Notice::BadPreset(v) => Notice::BadPreset(echo(v)),
            Notice::BadTheme(v) => Notice::BadTheme(echo(v)),
            Notice::BadReference(v) => Notice::BadReference(echo(v)),
            Notice::BadRound(v) => Notice::BadRound(echo(v)),
            Notice::BadCut { value, shown } => Notice::BadCut { value: echo(value), shown: *shown },
            Notice::BadWeights { value, ko, en } => {
                Notice::BadWeights { value: echo(value), ko: why(ko), en: why(en) }
            }
            Notice::BadGates { value, ko, en } => {
                Notice::BadGates { value: echo(value), ko: why(ko), en: why(en) }
            }
            Notice::BadLayout(p) => Notice::BadLayout(crate::layout::LayoutProblem {
                value: echo(&p.value),
                ..p.clone()
            }),
            Notice::BadData { ko, en } => {
                Notice::BadData { ko: data_reason(&why(ko)), en: data_reason(&why(en)) }
            }
            Notice::BadTab(v) => Notice::BadTab(echo(v)),
        }
    }

    /// The notice in `lang`, naming the bad value (quoted as [`crate::text::echo`] allows) and
    /// what is shown instead.
    pub fn message(&self, lang: Lang) -> String {
        match (&self.echoed(), lang) {
            (Notice::BadLang(v), Lang::Ko) => {
                format!("알 수 없는 언어: ‘{v}’. 한국어로 보여 줍니다.")
            }
            (Notice::BadLang(v), Lang::En) => format!("Unknown language ‘{v}’; showing Korean."),
            (Notice::BadWeights { value, ko, .. }, Lang::Ko) => {
                format!("가중치 ‘{value}’를 쓸 수 없습니다({ko}). 같은 가중치로 시작합니다.")
            }
            (Notice::BadWeights { value, en, .. }, Lang::En) => {
                format!("Cannot use the weights ‘{value}’ ({en}); starting with equal weights.")
            }
            (Notice::BadPreset(v), Lang::Ko) => {
                format!("알 수 없는 가중치 묶음: ‘{v}’. 같은 가중치로 시작합니다.")
            }
            (Notice::BadPreset(v), Lang::En) => {
                format!("Unknown preset ‘{v}’; starting with equal weights.")
            }
            (Notice::BadTheme(v), Lang::Ko) => {
                format!("알 수 없는 화면 설정: ‘{v}’. 자동으로 보여 줍니다.")
            }
            (Notice::BadTheme(v), Lang::En) => {
                format!("Unknown theme ‘{v}’; following the system setting.")
            }
            (Notice::BadCut { value, shown }, Lang::Ko) => {
                format!(
                    "기준선 ‘{value}’{} 그릴 수 없습니다. {}으로 보여 줍니다.",
                    super::grammar::josa_eul_reul(value),
                    super::grammar::top_n_ko(*shown)
                )
            }
            (Notice::BadCut { value, shown }, Lang::En) => {
                format!("Cannot draw a line at ‘{value}’; showing the top {shown}.")
            }
            (Notice::BadReference(v), Lang::Ko) => {
                format!("알 수 없는 비교 기준: ‘{v}’. 같은 가중치와 비교합니다.")
            }
            (Notice::BadReference(v), Lang::En) => {
                format!("Unknown reference ‘{v}’; comparing with equal weights.")
            }
            (Notice::BadRound(v), Lang::Ko) => {
                format!("알 수 없는 평가 단계: ‘{v}’. 가장 최근 결과가 나온 평가를 보여 줍니다.")
            }
            (Notice::BadRound(v), Lang::En) => {
                format!("Unknown round ‘{v}’; showing the latest evaluation with a result.")
            }
            (Notice::BadGates { value, ko, .. }, Lang::Ko) => {
                format!("요건 ‘{value}’를 쓸 수 없습니다({ko}). 요건 없이 시작합니다.")
            }
            (Notice::BadGates { value, en, .. }, Lang::En) => {
                format!("Cannot use the requirements ‘{value}’ ({en}); starting without any.")
            }
            (Notice::BadLayout(p), lang) => super::layout::layout_notice(lang, p),
            (Notice::BadData { ko, .. }, Lang::Ko) => {
                format!("링크에 담긴 데이터를 쓸 수 없습니다: {ko} 기본 데이터로 보여 줍니다.")
            }
            (Notice::BadData { en, .. }, Lang::En) => {
                format!("Cannot use the data in the link: {en} Showing the built-in data.")
            }
            (Notice::BadTab(v), Lang::Ko) => {
                format!("알 수 없는 보기: ‘{v}’. 순위 보기로 시작합니다.")
            }
            (Notice::BadTab(v), Lang::En) => {
                format!("Unknown view ‘{v}’; starting with the ranking.")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn movement_badges_in_both_languages() {
        use crate::rank::Movement;
        let b = |l, m| movement_badge(l, m);
        assert_eq!(b(Lang::Ko, Movement::Places(2)), ("▲2".into(), "2계단 상승".into(), "kai-up"));
        assert_eq!(b(Lang::En, Movement::Places(-1)), ("▼1".into(), "down 1".into(), "kai-down"));
        assert_eq!(b(Lang::Ko, Movement::Same).2, "kai-same");
        assert_eq!(b(Lang::En, Movement::Enters).0, "▲");
        assert_eq!(b(Lang::En, Movement::DropsOut).2, "kai-down");
    }

    use super::*;

    #[test]
    fn notices_name_the_bad_value_in_both_languages() {
        assert_eq!(
            Notice::BadLang("fr".into()).message(Lang::En),
            "Unknown language ‘fr’; showing Korean."
        );
        assert_eq!(
            Notice::BadTheme("pink".into()).message(Lang::Ko),
            "알 수 없는 화면 설정: ‘pink’. 자동으로 보여 줍니다."
        );
        // The fallback line is the one the dataset draws, not a constant.
        let bad_cut = Notice::BadCut { value: "0".into(), shown: 4 };
        assert_eq!(bad_cut.message(Lang::En), "Cannot draw a line at ‘0’; showing the top 4.");
        assert_eq!(
            bad_cut.message(Lang::Ko),
            "기준선 ‘0’을 그릴 수 없습니다. 상위 4팀으로 보여 줍니다."
        );
    }

    #[test]
    fn labels_and_flags() {
        assert_eq!(cut_label(Lang::Ko, 5), "선정 기준선 (상위 5팀)");
        assert_eq!(
            missing_flag(Lang::Ko, &["성능"]),
            "이 가중치로는 순위를 매길 수 없음: 성능 점수 없음"
        );
        assert_eq!(
            missing_flag(Lang::En, &["global reach"]),
            "not rankable with these weights: no global reach score"
        );
        assert_eq!(
            missing_flag(Lang::En, &["performance", "global reach"]),
            "not rankable with these weights: no performance and global reach scores"
        );
        // The widget passes the labels as the data spells them, capitalised.
        assert_eq!(
            missing_flag(Lang::En, &["Industry impact", "Global reach"]),
            "not rankable with these weights: no industry impact and global reach scores"
        );
        assert_eq!(
            gate_flag(Lang::En, &[("Sovereignty", 4.0, 5.0)]),
            "out, below the requirement: sovereignty 4.0 < 5"
        );
        assert_eq!(outcome_badge(Lang::En, true, Some("2025-08-04")), "Selected 2025-08-04");
        assert_eq!(outcome_badge(Lang::Ko, false, Some("2025-08-04")), "미선정");
        assert_eq!(change_text(Lang::En, -1), "down 1");
    }

    #[test]
    fn an_echoed_option_is_plain_and_short() {
        let lang = "en. NOTICE: This ranking was retracted by its authors. See example.org";
        assert_eq!(
            Notice::BadLang(lang.into()).message(Lang::En),
            "Unknown language ‘en. NOTICE: This ranking was retracted b…’; showing Korean."
        );
        assert_eq!(
            Notice::BadLang("e\u{2069}\u{202E}n".into()).message(Lang::Ko),
            "알 수 없는 언어: ‘en’. 한국어로 보여 줍니다."
        );
        // The reason (the parser's, quoting the value already cut) closes what it opens.
        let long = Notice::BadWeights {
            value: "1".repeat(200_000),
            ko: "이유".into(),
            en: "\u{202E}reason".into(),
        };
        assert_eq!(
            long.message(Lang::En),
            format!(
                "Cannot use the weights ‘{}…’ (\u{202E}reason\u{202C}); starting with equal weights.",
                "1".repeat(40)
            )
        );
    }
}
