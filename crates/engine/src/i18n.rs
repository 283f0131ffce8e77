//! Every string of the widget's own interface, in Korean and English, in one place.
//!
//! Why one home: a reader switching language must never meet a leftover string in the other
//! one, and a translator (or a test) finds every sentence here. Dataset texts (team names,
//! claims, rationales) come from the data and are picked with [`crate::text::Text::get`].
//!
//! Pure Rust, no web dependencies, so the sentences are unit-tested natively.

use crate::model::Dataset;
use crate::rank::{CutComparison, Ranking};
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
                "막대를 움직여 각 기준의 비중을 정하세요. 옆 숫자는 전체에서 차지하는 몫입니다.",
                "Move a slider to set how much a criterion counts; the number is its share of the total.",
            ),
            Ui::WhatCounts => ("무엇을 보나", "What counts"),
            Ui::Presets => ("미리 정한 가중치", "Preset weightings"),
            Ui::Reset => ("초기화 (모두 같게)", "Reset (all equal)"),
            Ui::Ranking => ("당신의 가중치로 본 순위", "Ranking under your weights"),
            Ui::Legend => ("범례", "Legend"),
            Ui::MissingLegend => ("빗금: 자료 부족 (점수 없음)", "Hatched: missing data (no score)"),
            Ui::Sources => ("출처", "Sources"),
            Ui::AsOf => ("자료 기준일", "Data as of"),
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

/// Chooses one side of a pair.
pub fn pick<'a>(lang: Lang, ko: &'a str, en: &'a str) -> &'a str {
    match lang {
        Lang::Ko => ko,
        Lang::En => en,
    }
}

/// The one-line error shown (in both languages at once) when the widget cannot run at all; a
/// reader who cannot read one language still sees the other.
pub const FATAL: [&str; 2] = [
    "순위 위젯에 오류가 생겼습니다. 페이지를 새로 고쳐 주세요.",
    "The ranking widget hit an error. Please reload the page.",
];

/// Title line of the error box shown when the embedded dataset fails validation.
pub const DATA_BROKEN: [&str; 2] =
    ["위젯에 든 자료에 문제가 있어 순위를 보여 줄 수 없습니다.", "The widget's data has problems, so no ranking can be shown."];

/// Caption of the line under the top `n` (e.g. "선정 기준선 (상위 5)").
pub fn cut_label(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Ko => format!("선정 기준선 (상위 {n})"),
        Lang::En => format!("Selection line (top {n})"),
    }
}

/// `aria-valuetext` of a slider: the label and its share ("자주성 30%").
pub fn slider_valuetext(label: &str, percent: &str) -> String {
    let mut s = String::with_capacity(label.len() + percent.len() + 1);
    s.push_str(label);
    s.push(' ');
    s.push_str(percent);
    s
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

/// The flag of a team with missing scores ("자료 부족: 성능 점수 없음").
pub fn missing_flag(lang: Lang, criteria: &[&str]) -> String {
    match lang {
        Lang::Ko => format!("이 가중치로는 순위를 매길 수 없음: {} 점수 없음", criteria.join("·")),
        Lang::En => {
            let noun = if criteria.len() == 1 { "score" } else { "scores" };
            format!("not rankable with these weights: no {} {noun}", join_en(criteria))
        }
    }
}

/// Flag of a team out by a requirement: "요건 미달: 자주성 4.0 < 5" / "below the requirement:
/// sovereignty 4.0 < 5".
pub fn gate_flag(lang: Lang, failed: &[(&str, f64, f64)]) -> String {
    let parts: Vec<String> = failed
        .iter()
        .map(|(label, score, min)| {
            let label = if lang == Lang::En { label.to_lowercase() } else { label.to_string() };
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
    BadCut(String),
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
}

impl Notice {
    /// The notice in `lang`, naming the bad value and what is shown instead.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (Notice::BadLang(v), Lang::Ko) => format!("알 수 없는 언어: ‘{v}’. 한국어로 보여 줍니다."),
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
            (Notice::BadPreset(v), Lang::En) => format!("Unknown preset ‘{v}’; starting with equal weights."),
            (Notice::BadTheme(v), Lang::Ko) => format!("알 수 없는 화면 설정: ‘{v}’. 자동으로 보여 줍니다."),
            (Notice::BadTheme(v), Lang::En) => format!("Unknown theme ‘{v}’; following the system setting."),
            (Notice::BadCut(v), Lang::Ko) => {
                format!("기준선 ‘{v}’를 그릴 수 없습니다. 평가 단계의 기준선으로 보여 줍니다.")
            }
            (Notice::BadCut(v), Lang::En) => {
                format!("Cannot draw a line at ‘{v}’; showing the round's own line.")
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
        }
    }
}

/// The live summary: one sentence a journalist could quote, saying who would be above the cut
/// under the reader's weights compared with who really was, plus short notes on ties and
/// teams ranked last for missing data.
pub fn summary(lang: Lang, dataset: &Dataset, ranking: &Ranking, cut: &CutComparison) -> String {
    if ranking.no_weights() {
        return Ui::AllZero.get(lang).to_string();
    }
    let name = |t: &usize| dataset.teams.get(*t).map_or("?", |team| team.name.get(lang));
    let names = |ts: &[usize]| -> String {
        let v: Vec<&str> = ts.iter().map(name).collect();
        join(lang, &v)
    };
    let n = cut.size;
    let top_en = top_n_en(n);
    let mut s = match (&cut.would_get_in, &cut.would_drop_out) {
        (Some(get_in), Some(drop_out)) if !get_in.is_empty() => {
            let ins = names(get_in);
            let outs = names(drop_out);
            match lang {
                Lang::Ko => format!(
                    "당신의 가중치라면 {outs} 대신 {ins}{} 상위 {n}위에 듭니다.",
                    josa_i_ga(&ins)
                ),
                Lang::En => format!("Under your weights {ins} would make the {top_en} instead of {outs}."),
            }
        }
        (Some(_), _) => {
            let leaders: Vec<usize> =
                ranking.rows.iter().take_while(|r| r.rank == Some(1)).map(|r| r.team).collect();
            let lead = names(&leaders);
            let several = leaders.len() > 1;
            match (lang, several) {
                (Lang::Ko, false) => format!(
                    "당신의 가중치라면 상위 {n}위는 실제 선정된 {n}팀과 같고, 1위는 {lead}입니다."
                ),
                (Lang::Ko, true) => format!(
                    "당신의 가중치라면 상위 {n}위는 실제 선정된 {n}팀과 같고, {lead}{} 공동 1위입니다.",
                    josa_i_ga(&lead)
                ),
                (Lang::En, false) => format!(
                    "Under your weights the {top_en} are the same {} teams that were selected; {lead} leads.",
                    number_en(n)
                ),
                (Lang::En, true) => format!(
                    "Under your weights the {top_en} are the same {} teams that were selected; {lead} share the lead.",
                    number_en(n)
                ),
            }
        }
        (None, _) => {
            let above = names(&cut.above);
            match lang {
                Lang::Ko => format!("당신의 가중치라면 상위 {n}위는 {above}입니다."),
                Lang::En => format!("Under your weights the {top_en} would be {above}."),
            }
        }
    };
    if cut.tie_at_line {
        match lang {
            Lang::Ko => s.push_str(&format!(" {n}위와 {}위는 동점입니다.", n + 1)),
            Lang::En => s.push_str(&format!(" Places {n} and {} are tied.", n + 1)),
        }
    }
    let incomplete: Vec<usize> =
        ranking.rows.iter().filter(|r| !r.is_complete()).map(|r| r.team).collect();
    if !incomplete.is_empty() {
        let list = names(&incomplete);
        match lang {
            Lang::Ko => s.push_str(&format!(" 점수가 빠진 팀({list})은 맨 뒤에 두었습니다.")),
            Lang::En => s.push_str(&format!(" Teams with missing scores ({list}) are listed last.")),
        }
    }
    s
}

/// "top five", "top 12": how English writes a small cut.
fn top_n_en(n: usize) -> String {
    format!("top {}", number_en(n))
}

/// Small numbers as words, larger ones as digits (news style).
fn number_en(n: usize) -> String {
    const WORDS: [&str; 10] = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
    WORDS.get(n).map_or_else(|| n.to_string(), |w| (*w).to_string())
}

/// Joins names the way each language lists them: "KT·카카오", "KT, Kakao and Upstage".
pub fn join(lang: Lang, items: &[&str]) -> String {
    match lang {
        Lang::Ko => items.join("·"),
        Lang::En => join_en(items),
    }
}

fn join_en(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The subject particle after `word`: 이 after a final consonant (LG AI연구원이), else 가
/// (KT가). Latin letters and digits are judged by their Korean reading (L, M, N, R; 0, 1, 3, 6,
/// 7, 8 end in a consonant).
pub fn josa_i_ga(word: &str) -> &'static str {
    if ends_in_consonant(word) { "이" } else { "가" }
}

fn ends_in_consonant(word: &str) -> bool {
    let last = word.trim_end_matches(|c: char| !c.is_alphanumeric()).chars().last();
    match last {
        Some(c @ '\u{AC00}'..='\u{D7A3}') => !(c as u32 - 0xAC00).is_multiple_of(28),
        Some(c) if c.is_ascii_alphabetic() => matches!(c.to_ascii_uppercase(), 'L' | 'M' | 'N' | 'R'),
        Some(c) if c.is_ascii_digit() => matches!(c, '0' | '1' | '3' | '6' | '7' | '8'),
        _ => false,
    }
}

// ---------------------------------------------------------------------------------------------
// Explore mode (탐구): labels and sentences of the sensitivity views.
// ---------------------------------------------------------------------------------------------

/// Fixed labels of the Explore views.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ex {
    /// Label of the tab list.
    Views,
    /// Tab: the article view.
    TabArticle,
    /// Tab: Explore.
    TabExplore,
    /// One line under the Explore tab.
    Intro,
    /// Label of the team picker.
    Team,
    /// Heading: the live formula.
    FormulaH,
    /// Words of the formula: "score".
    FormulaScore,
    /// Heading: the slope chart.
    SlopeH,
    /// Slope chart column: the reader's weights.
    Yours,
    /// Slope chart column: the real selection.
    RealSelection,
    /// Slope chart column: equal weights.
    EqualWeights,
    /// "To be first".
    ToFirst,
    /// Already there.
    Already,
    /// The button applying a weighting.
    MoveThere,
    /// Heading: stability bands.
    BandsH,
    /// Explains the bands.
    BandsNote,
    /// Heading: rank acceptability.
    AccH,
    /// Explains the heat map.
    AccNote,
    /// Shown while the random weightings are drawn.
    Computing,
    /// Column header of team names.
    TeamCol,
    /// Heading: what-if scores.
    WhatIfH,
    /// Explains what-if.
    WhatIfNote,
    /// "original".
    Original,
    /// Reset what-if scores.
    ResetScores,
    /// Heading: your own dataset.
    DataH,
    /// Explains the dataset editor.
    DataNote,
    /// Label of the textarea.
    DataPaste,
    /// Label of the file input.
    DataFile,
    /// Apply button.
    DataApply,
    /// Download the template.
    DataTemplate,
    /// Download the current dataset.
    DataCurrent,
    /// Back to the built-in dataset.
    DataBuiltIn,
    /// Heading of the error list.
    DataErrors,
    /// The pasted dataset is in use.
    DataLoaded,
    /// Heading: export.
    ExportH,
    /// Download the ranking as CSV.
    ExportCsv,
    /// Download the slope chart as PNG.
    ExportPng,
    /// Print.
    Print,
    /// CSV header: rank.
    CsvRank,
    /// CSV header: team id.
    CsvId,
    /// CSV header: team name.
    CsvTeam,
    /// CSV header: weighted score.
    CsvScore,
    /// All weights zero: nothing to explain.
    NoRanking,
}

impl Ex {
    /// The label in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        let (ko, en) = match self {
            Ex::Views => ("보기", "Views"),
            Ex::TabArticle => ("순위", "Ranking"),
            Ex::TabExplore => ("탐구", "Explore"),
            Ex::Intro => (
                "가중치를 바꾸면 순위가 왜, 얼마나 바뀌는지 살펴보세요.",
                "See why and how much the ranking changes when you change the weights.",
            ),
            Ex::Team => ("살펴볼 팀", "Team to explore"),
            Ex::FormulaH => ("점수는 이렇게 계산됩니다", "How the score is made"),
            Ex::FormulaScore => ("점수", "score"),
            Ex::SlopeH => ("순위가 어떻게 바뀌나", "How the ranking moves"),
            Ex::Yours => ("당신의 가중치", "Your weights"),
            Ex::RealSelection => ("실제 선정", "Real selection"),
            Ex::EqualWeights => ("같은 가중치", "Equal weights"),
            Ex::ToFirst => ("1위가 되려면", "To be first"),
            Ex::Already => ("지금 가중치로 이미 그렇습니다.", "Already there with your weights."),
            Ex::MoveThere => ("막대를 거기로 옮기기", "Move the sliders there"),
            Ex::BandsH => ("얼마나 버틸까?", "How steady is it?"),
            Ex::BandsNote => (
                "막대 아래 띠: 손잡이를 진한 띠 안에서 움직이면 1위가, 옅은 띠 안에서 움직이면 상위 팀 묶음이 그대로입니다. 글의 %는 그 기준의 몫입니다.",
                "Under each slider: move it within the dark band and the leader stays first; within the light band the teams above the line stay the same. The % in the text is that criterion's share.",
            ),
            Ex::AccH => ("아무 가중치나 고른다면?", "What if the weights were random?"),
            Ex::AccNote => (
                "칸의 숫자: 무작위 가중치 가운데 그 팀이 그 순위에 오른 비율.",
                "Each cell: the share of random weightings in which the team gets that rank.",
            ),
            Ex::Computing => ("무작위 가중치를 뽑는 중…", "Drawing random weightings…"),
            Ex::TeamCol => ("팀 \\ 순위", "Team \\ rank"),
            Ex::WhatIfH => ("점수가 달랐다면?", "What if a score were different?"),
            Ex::WhatIfNote => (
                "점수를 잠시 바꿔 보세요 (0–10). 출처의 점수는 그대로이며 되돌릴 수 있습니다.",
                "Change a score for a moment (0–10). The sourced score is kept; reset any time.",
            ),
            Ex::Original => ("원래", "original"),
            Ex::ResetScores => ("점수 되돌리기", "Reset scores"),
            Ex::DataH => ("내 자료로 해 보기", "Try your own data"),
            Ex::DataNote => (
                "JSON 자료를 붙여 넣거나 파일을 여세요 (기준 2–8개). 견본에서 시작할 수 있습니다.",
                "Paste a JSON dataset or open a file (2–8 criteria). You can start from the template.",
            ),
            Ex::DataPaste => ("JSON 자료", "JSON dataset"),
            Ex::DataFile => ("파일 열기", "Open a file"),
            Ex::DataApply => ("이 자료 쓰기", "Use this data"),
            Ex::DataTemplate => ("견본 내려받기", "Download template"),
            Ex::DataCurrent => ("지금 자료 내려받기", "Download current data"),
            Ex::DataBuiltIn => ("원래 자료로", "Back to the built-in data"),
            Ex::DataErrors => ("자료를 쓸 수 없습니다. 고칠 곳:", "This data cannot be used. To fix:"),
            Ex::DataLoaded => ("붙여 넣은 자료를 쓰고 있습니다.", "Using the pasted data."),
            Ex::ExportH => ("내보내기", "Export"),
            Ex::ExportCsv => ("순위 CSV", "Ranking as CSV"),
            Ex::ExportPng => ("그림 PNG", "Chart as PNG"),
            Ex::Print => ("인쇄", "Print"),
            Ex::CsvRank => ("순위", "rank"),
            Ex::CsvId => ("아이디", "id"),
            Ex::CsvTeam => ("팀", "team"),
            Ex::CsvScore => ("점수", "score"),
            Ex::NoRanking => (
                "모든 가중치가 0이라 살펴볼 순위가 없습니다.",
                "All weights are zero, so there is no ranking to explore.",
            ),
        };
        pick(lang, ko, en)
    }
}

/// Heading of "what would it take" for one team.
pub fn wit_heading(lang: Lang, team: &str) -> String {
    match lang {
        Lang::Ko => format!("{team}에게 무엇이 필요할까?"),
        Lang::En => format!("What would it take for {team}?"),
    }
}

/// "상위 5에 들려면" / "To get into the top 5".
pub fn to_cut(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Ko => format!("상위 {n}에 들려면"),
        Lang::En => format!("To get into the top {n}"),
    }
}

/// A weighting that works: "가중치를 12%p 옮기면 됩니다: 성능 25% → 40% · …".
/// `points` is half the L1 distance in percentage points; `moves` are "label a% → b%" parts.
pub fn wit_possible(lang: Lang, points: f64, moves: &[String]) -> String {
    let p = (points * 10.0).round() / 10.0;
    match lang {
        Lang::Ko => format!("가중치를 {p}%p 옮기면 됩니다: {}", moves.join(" · ")),
        Lang::En => format!("Move {p} percentage points of weight: {}", moves.join(" · ")),
    }
}

/// No weighting can: names the blockers ("어떤 가중치로도 안 됩니다. 막는 팀: SKT").
pub fn wit_impossible(lang: Lang, blockers: &[&str]) -> String {
    match (lang, blockers.is_empty()) {
        (Lang::Ko, true) => "어떤 가중치로도 안 됩니다.".to_string(),
        (Lang::En, true) => "No weighting can do it.".to_string(),
        (Lang::Ko, false) => format!("어떤 가중치로도 안 됩니다. 늘 앞서는 팀: {}", join(lang, blockers)),
        (Lang::En, false) => format!("No weighting can do it; always ahead: {}", join(lang, blockers)),
    }
}

/// Who takes over at one edge of a stability band: the team's name, and whether the edge is an
/// end of the scale (0 % or 100 %), where the change happens *at* the edge (a missing score
/// starts or stops counting) rather than beyond it.
pub type Takeover<'a> = Option<(&'a str, bool)>;

/// One criterion's stability sentence: "LG가 1위를 지키는 몫: 18%–100%. 18%보다 낮으면 SKT가
/// 1위." `below`/`above` say who takes over at each edge (None: nobody).
pub fn band_leader(lang: Lang, leader: &str, lo: &str, hi: &str, below: Takeover, above: Takeover) -> String {
    let mut s = match lang {
        Lang::Ko => format!("{leader}{} 1위를 지키는 몫: {lo}–{hi}.", josa_i_ga(leader)),
        Lang::En => format!("{leader} stays first from {lo} to {hi}."),
    };
    band_edges(lang, &mut s, lo, hi, below, above, ("1위", "leads"));
    s
}

/// The cut-set stability sentence: "상위 5 팀 그대로: 0%–100%." plus who gets in at an edge.
pub fn band_cut(lang: Lang, n: usize, lo: &str, hi: &str, below: Takeover, above: Takeover) -> String {
    let mut s = match lang {
        Lang::Ko => format!("상위 {n} 팀 그대로: {lo}–{hi}."),
        Lang::En => format!("Same top {n}: {lo} to {hi}."),
    };
    band_edges(lang, &mut s, lo, hi, below, above, ("들어옵니다", "gets in"));
    s
}

fn band_edges(lang: Lang, s: &mut String, lo: &str, hi: &str, below: Takeover, above: Takeover, verb: (&str, &str)) {
    for (edge, who, ko_dir, en_dir) in [(lo, below, "보다 낮으면", "Below"), (hi, above, "보다 높으면", "Above")] {
        let Some((w, at_end)) = who else { continue };
        let (ko_dir, en_dir) = if at_end { ("일 때", "At") } else { (ko_dir, en_dir) };
        match lang {
            Lang::Ko => s.push_str(&format!(" {edge}{ko_dir} {w}{} {}.", josa_i_ga(w), verb.0)),
            Lang::En => s.push_str(&format!(" {en_dir} {edge}: {w} {}.", verb.1)),
        }
    }
}

/// The one-line reading of the heat map: "LG AI연구원은 무작위 가중치의 41%에서 1위입니다
/// (20,000번 뽑기, 오차 ±0.4%p 이내)."
pub fn acceptability_reading(lang: Lang, team: &str, first: &str, samples: usize, error_points: f64) -> String {
    let e = (error_points * 10.0).round() / 10.0;
    let n = thousands(samples);
    match lang {
        Lang::Ko => format!(
            "{team}{} 무작위 가중치의 {first}에서 1위입니다 ({n}번 뽑기, 표본 오차 ±{e}%p 이내).",
            josa_eun_neun(team)
        ),
        Lang::En => format!(
            "{team} is first under {first} of all weightings ({n} random draws; sampling error within ±{e} points)."
        ),
    }
}

/// "20,000": digits grouped by thousands (both languages use commas).
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The topic particle after `word`: 은 after a final consonant, else 는.
pub fn josa_eun_neun(word: &str) -> &'static str {
    if ends_in_consonant(word) { "은" } else { "는" }
}

/// Accessible description of the slope chart: who moves, in words.
pub fn slope_summary(lang: Lang, left: &str, moved: usize) -> String {
    match (lang, moved) {
        (Lang::Ko, 0) => format!("{left}과 비교해 순위가 그대로입니다."),
        (Lang::En, 0) => format!("Same order as with {left}."),
        (Lang::Ko, m) => format!("{left}과 비교해 {m}팀의 순위가 바뀝니다."),
        (Lang::En, m) => format!("Compared with {left}, {m} teams change place."),
    }
}

/// The dataset editor's count line: "문제 3건" / "3 problems".
pub fn problem_count(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Ko, n) => format!("문제 {n}건"),
        (Lang::En, 1) => "1 problem".to_string(),
        (Lang::En, n) => format!("{n} problems"),
    }
}

/// A score override shown in what-if: "원래 7.0".
pub fn original_score(lang: Lang, score: Option<&str>) -> String {
    let v = score.unwrap_or(Ui::NoScore.get(lang));
    format!("{} {v}", Ex::Original.get(lang))
}

// --- Rounds in the widget (issue 11): the round picker, the round's summary, a cut that no
// weighting can move, the ministry's published figures, teams left out of the explain views. ---

/// Labels of the round views (picker, the ministry's figures, explain views).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rx {
    /// Hint under the round picker.
    RoundHint,
    /// Heading of the ministry's published figures.
    OfficialHeading,
    /// Why they stand apart from our scores.
    OfficialLabel,
    /// Column: the part of the scheme.
    OfficialPart,
    /// Column: points available.
    OfficialPoints,
    /// Column: the published average.
    OfficialAverage,
    /// Row: the total.
    OfficialTotal,
    /// A cell with nothing published.
    NotPublished,
    /// Heading of the requirements' result in the stage-one preset.
    PresetResult,
}

impl Rx {
    /// The label in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        let (ko, en) = match self {
            Rx::RoundHint => (
                "단계를 고르면 그 단계의 참가 팀만 순위를 매기고, 실제 결과와 비교합니다.",
                "Pick a round: only its teams are ranked, and compared with what really happened.",
            ),
            Rx::OfficialHeading => ("과기정통부가 발표한 1차 단계평가 점수", "The ministry's published stage-one figures"),
            Rx::OfficialLabel => (
                "정부가 발표한 그대로이며, 우리 네 기준과 다른 100점 만점 기준입니다. 위의 편집 점수와 섞지 않았습니다.",
                "As published by the ministry, on its own 100-point scheme (not our four criteria); never mixed into our editorial scores above.",
            ),
            Rx::OfficialPart => ("평가 부문", "Part"),
            Rx::OfficialPoints => ("배점", "Points"),
            Rx::OfficialAverage => ("평균(5팀)", "Average (5 teams)"),
            Rx::OfficialTotal => ("총점", "Total"),
            Rx::NotPublished => ("공개 안 됨", "not published"),
            Rx::PresetResult => ("이 기준의 결과", "Result of this preset"),
        };
        pick(lang, ko, en)
    }
}

/// A round's counts on the timeline: "10팀 → 5팀", "5팀 → 3팀 (계획 4팀)", "4팀 → 3팀 (발표 전)"
/// / "10 → 5", "5 → 3 (planned 4)", "4 → 3 (pending)". `kept` is `None` while pending.
pub fn round_counts(lang: Lang, entrants: usize, size: usize, kept: Option<usize>) -> String {
    match (lang, kept) {
        (Lang::Ko, Some(k)) if k != size => format!("{entrants}팀 → {k}팀 (계획 {size}팀)"),
        (Lang::Ko, Some(k)) => format!("{entrants}팀 → {k}팀"),
        (Lang::Ko, None) => format!("{entrants}팀 → {size}팀 ({})", Ui::Pending.get(lang)),
        (Lang::En, Some(k)) if k != size => format!("{entrants} → {k} (planned {size})"),
        (Lang::En, Some(k)) => format!("{entrants} → {k}"),
        (Lang::En, None) => format!("{entrants} → {size} ({})", Ui::Pending.get(lang)),
    }
}

/// The live summary of a round: who would get through under the reader's weights against who
/// really did, or, for a pending round (`actual` unknown), only who would, with no claim about
/// reality. Unlike [`summary`] it handles a round that kept fewer teams than planned (stage one:
/// four places, three kept) and names teams put out by a requirement.
pub fn round_summary(lang: Lang, dataset: &Dataset, ranking: &Ranking, cut: &CutComparison, pending: bool) -> String {
    if ranking.no_weights() {
        return Ui::AllZero.get(lang).to_string();
    }
    let name = |t: &usize| dataset.teams.get(*t).map_or("?", |team| team.name.get(lang));
    let names = |ts: &[usize]| -> String {
        let v: Vec<&str> = ts.iter().map(name).collect();
        join(lang, &v)
    };
    let above = names(&cut.above);
    let mut s = match (&cut.would_get_in, &cut.would_drop_out) {
        (Some(ins), Some(outs)) if !ins.is_empty() && !outs.is_empty() => {
            let (ins, outs) = (names(ins), names(outs));
            match lang {
                Lang::Ko => format!("당신의 가중치라면 {outs} 대신 {ins}{} 통과합니다.", josa_i_ga(&ins)),
                Lang::En => format!("Under your weights {ins} would get through instead of {outs}."),
            }
        }
        (Some(ins), Some(_)) if !ins.is_empty() => {
            let ins = names(ins);
            match lang {
                Lang::Ko => format!("당신의 가중치라면 실제로 통과한 팀에 더해 {ins}도 통과합니다."),
                Lang::En => format!("Under your weights {ins} would also get through, besides the teams that really did."),
            }
        }
        (Some(_), Some(outs)) if !outs.is_empty() => {
            let outs = names(outs);
            match lang {
                Lang::Ko => format!("당신의 가중치라면 실제로 통과한 {outs}{} 탈락합니다.", josa_i_ga(&outs)),
                Lang::En => format!("Under your weights {outs}, who really got through, would be out."),
            }
        }
        (Some(_), Some(_)) => match lang {
            Lang::Ko => format!("당신의 가중치라면 통과하는 팀({above})이 실제 결과와 같습니다."),
            Lang::En => format!("Under your weights the teams that get through ({above}) are the ones that really did."),
        },
        _ => match lang {
            Lang::Ko => format!("당신의 가중치라면 통과하는 팀은 {above}입니다."),
            Lang::En => format!("Under your weights {above} would get through."),
        },
    };
    if pending {
        s.push_str(match lang {
            Lang::Ko => " 실제 결과는 아직 발표되지 않았습니다.",
            Lang::En => " The real result has not been announced yet.",
        });
    }
    if !cut.gated_above.is_empty() {
        let g = names(&cut.gated_above);
        let n = cut.size;
        match lang {
            Lang::Ko => s.push_str(&format!(
                " {g}{} 점수로는 상위 {n}위 안이지만 요건에 못 미쳐 탈락합니다.",
                josa_eun_neun(&g)
            )),
            Lang::En => s.push_str(&format!(
                " {g}: in the {} on score, but out for missing a requirement.",
                top_n_en(n)
            )),
        }
    }
    if cut.tie_at_line {
        let n = cut.above.len();
        match lang {
            Lang::Ko => s.push_str(&format!(" {n}위와 {}위는 동점입니다.", n + 1)),
            Lang::En => s.push_str(&format!(" Places {n} and {} are tied.", n + 1)),
        }
    }
    let unrankable: Vec<usize> =
        ranking.unranked().iter().filter(|r| !r.is_gated()).map(|r| r.team).collect();
    if !unrankable.is_empty() {
        let list = names(&unrankable);
        match lang {
            Lang::Ko => s.push_str(&format!(" 이 가중치에 필요한 점수가 없는 팀({list})은 순위가 없습니다.")),
            Lang::En => s.push_str(&format!(" Teams without the scores these weights need ({list}) have no rank.")),
        }
    }
    s
}

/// Said instead of a slider story when no weighting can change who is above a round's line
/// (`round::CutMobility::Fixed`), with why the others can never climb over it: names of the
/// teams always above, never rankable (missing scores), out by a requirement, and outscored on
/// every criterion.
pub fn cut_fixed(lang: Lang, above: &[&str], never_rankable: &[&str], gated: &[&str], outscored: &[&str]) -> String {
    let a = join(lang, above);
    let mut why: Vec<String> = Vec::new();
    if !never_rankable.is_empty() {
        let l = join(lang, never_rankable);
        why.push(match lang {
            Lang::Ko => format!("{l}{} 점수가 빠져 있어 순위에 들 수 없고", josa_eun_neun(&l)),
            Lang::En => format!("{l} lack the scores needed to be ranked"),
        });
    }
    if !gated.is_empty() {
        let l = join(lang, gated);
        why.push(match lang {
            Lang::Ko => format!("{l}{} 요건에 못 미치고", josa_eun_neun(&l)),
            Lang::En => format!("{l} fall short of a requirement"),
        });
    }
    if !outscored.is_empty() {
        let l = join(lang, outscored);
        why.push(match lang {
            Lang::Ko => format!("{l}{} 모든 기준에서 점수가 더 낮고", josa_eun_neun(&l)),
            Lang::En => format!("{l} score lower on every criterion"),
        });
    }
    match lang {
        Lang::Ko => {
            let mut s = format!("어떤 가중치를 골라도 선 위의 팀({a})은 바뀌지 않습니다");
            if !why.is_empty() {
                let joined = why.join(", ");
                let joined = joined.strip_suffix('고').unwrap_or(&joined);
                s.push_str(&format!(": {joined}기 때문입니다."));
            } else {
                s.push('.');
            }
            s
        }
        Lang::En => {
            let mut s = format!("No weighting changes who is above the line ({a})");
            if why.is_empty() {
                s.push('.');
            } else {
                let w: Vec<&str> = why.iter().map(String::as_str).collect();
                s.push_str(&format!(": {}.", join_en(&w)));
            }
            s
        }
    }
}

/// One line under an explain view run on fewer teams than the round's: who was left out and
/// why (no score on a criterion, or below a requirement).
pub fn left_out(lang: Lang, missing: &[&str], gated: &[&str]) -> String {
    let mut parts: Vec<String> = Vec::new();
    if !missing.is_empty() {
        let l = join(lang, missing);
        parts.push(match lang {
            Lang::Ko => format!("{l}(점수 없음)"),
            Lang::En => format!("{l} (missing scores)"),
        });
    }
    if !gated.is_empty() {
        let l = join(lang, gated);
        parts.push(match lang {
            Lang::Ko => format!("{l}(요건 미달)"),
            Lang::En => format!("{l} (below a requirement)"),
        });
    }
    match lang {
        Lang::Ko => format!("이 보기에서 뺀 팀: {}.", parts.join("; ")),
        Lang::En => format!("Left out of this view: {}.", parts.join("; ")),
    }
}

/// The round texts above, as a reader reads them (hand-written expectations).
#[cfg(test)]
mod round_text_tests {
    use super::*;

    #[test]
    fn round_counts_read_as_the_timeline() {
        assert_eq!(round_counts(Lang::En, 10, 5, Some(5)), "10 → 5");
        assert_eq!(round_counts(Lang::En, 5, 4, Some(3)), "5 → 3 (planned 4)");
        assert_eq!(round_counts(Lang::En, 4, 3, None), "4 → 3 (pending)");
        assert_eq!(round_counts(Lang::Ko, 5, 4, Some(3)), "5팀 → 3팀 (계획 4팀)");
        assert_eq!(round_counts(Lang::Ko, 4, 2, None), "4팀 → 2팀 (발표 전)");
    }

    #[test]
    fn a_fixed_cut_says_why_in_both_languages() {
        let above = ["LG", "SKT"];
        assert_eq!(
            cut_fixed(Lang::En, &above, &["Motif"], &[], &["KT"]),
            "No weighting changes who is above the line (LG and SKT): Motif lack the scores needed \
             to be ranked and KT score lower on every criterion."
        );
        assert_eq!(
            cut_fixed(Lang::Ko, &above, &["모티프"], &["네이버"], &[]),
            "어떤 가중치를 골라도 선 위의 팀(LG·SKT)은 바뀌지 않습니다: 모티프는 점수가 빠져 있어 \
             순위에 들 수 없고, 네이버는 요건에 못 미치기 때문입니다."
        );
        assert_eq!(left_out(Lang::En, &["KAIST"], &[]), "Left out of this view: KAIST (missing scores).");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Team;
    use crate::rank::{ScoreMatrix, Weights, compare_cut, rank_matrix};
    use crate::text::Text;

    fn dataset() -> Dataset {
        let mut d = Dataset::default();
        for (id, ko, en) in [("a", "KT", "KT"), ("b", "NC AI", "NC AI"), ("c", "LG AI연구원", "LG AI Research")] {
            d.teams.push(Team { id: id.into(), name: Text::new(ko, en), ..Default::default() });
        }
        d
    }

    fn compare(d: &Dataset, r: &Ranking, actual: &[&str]) -> CutComparison {
        let actual: Vec<String> = actual.iter().map(|s| s.to_string()).collect();
        compare_cut(d, r, 2, Some(&actual))
    }

    #[test]
    fn summary_names_who_gets_in_instead_of_whom() {
        let d = dataset();
        let m = ScoreMatrix::from_rows(&[vec![Some(9.0)], vec![Some(1.0)], vec![Some(8.0)]]);
        let r = rank_matrix(&m, &Weights::equal(1));
        let c = compare(&d, &r, &["b", "c"]);
        assert_eq!(summary(Lang::En, &d, &r, &c), "Under your weights KT would make the top two instead of NC AI.");
        assert_eq!(summary(Lang::Ko, &d, &r, &c), "당신의 가중치라면 NC AI 대신 KT가 상위 2위에 듭니다.");
    }

    #[test]
    fn summary_says_when_the_top_matches_reality() {
        let d = dataset();
        let m = ScoreMatrix::from_rows(&[vec![Some(1.0)], vec![Some(5.0)], vec![Some(8.0)]]);
        let r = rank_matrix(&m, &Weights::equal(1));
        let c = compare(&d, &r, &["b", "c"]);
        assert_eq!(
            summary(Lang::En, &d, &r, &c),
            "Under your weights the top two are the same two teams that were selected; LG AI Research leads."
        );
        assert_eq!(
            summary(Lang::Ko, &d, &r, &c),
            "당신의 가중치라면 상위 2위는 실제 선정된 2팀과 같고, 1위는 LG AI연구원입니다."
        );
    }

    #[test]
    fn summary_explains_all_zero_weights_and_missing_scores() {
        let d = dataset();
        let m = ScoreMatrix::from_rows(&[vec![Some(1.0)], vec![None], vec![Some(8.0)]]);
        let zero = rank_matrix(&m, &Weights::new(vec![0.0]).unwrap());
        let c = compare(&d, &zero, &["b", "c"]);
        assert_eq!(summary(Lang::Ko, &d, &zero, &c), "모든 가중치가 0이라 순위를 매길 수 없습니다.");
        let r = rank_matrix(&m, &Weights::equal(1));
        let c = compare(&d, &r, &["b", "c"]);
        assert!(summary(Lang::En, &d, &r, &c).ends_with(" Teams with missing scores (NC AI) are listed last."));
    }

    #[test]
    fn particles_follow_the_last_sound() {
        assert_eq!(josa_i_ga("KT"), "가");
        assert_eq!(josa_i_ga("LG AI연구원"), "이");
        assert_eq!(josa_i_ga("카카오"), "가");
        assert_eq!(josa_i_ga("KT·네이버클라우드"), "가");
    }

    #[test]
    fn notices_name_the_bad_value_in_both_languages() {
        assert_eq!(Notice::BadLang("fr".into()).message(Lang::En), "Unknown language ‘fr’; showing Korean.");
        assert_eq!(Notice::BadTheme("pink".into()).message(Lang::Ko), "알 수 없는 화면 설정: ‘pink’. 자동으로 보여 줍니다.");
    }

    #[test]
    fn explore_sentences_read_naturally() {
        assert_eq!(
            acceptability_reading(Lang::En, "LG AI Research", "41 %", 20_000, 0.35),
            "LG AI Research is first under 41 % of all weightings (20,000 random draws; sampling error within ±0.4 points)."
        );
        assert_eq!(
            acceptability_reading(Lang::Ko, "LG AI연구원", "41%", 20_000, 0.35),
            "LG AI연구원은 무작위 가중치의 41%에서 1위입니다 (20,000번 뽑기, 표본 오차 ±0.4%p 이내)."
        );
        assert_eq!(
            band_leader(Lang::En, "LG", "18 %", "100 %", Some(("SKT", false)), None),
            "LG stays first from 18 % to 100 %. Below 18 %: SKT leads."
        );
        assert_eq!(
            band_leader(Lang::Ko, "LG", "18%", "40%", None, Some(("SKT", false))),
            "LG가 1위를 지키는 몫: 18%–40%. 40%보다 높으면 SKT가 1위."
        );
        assert_eq!(band_cut(Lang::Ko, 5, "0%", "100%", None, Some(("KT", true))), "상위 5 팀 그대로: 0%–100%. 100%일 때 KT가 들어옵니다.");
        assert_eq!(wit_impossible(Lang::En, &["SKT"]), "No weighting can do it; always ahead: SKT");
        assert_eq!(thousands(1_234_567), "1,234,567");
        assert_eq!(problem_count(Lang::En, 1), "1 problem");
    }

    #[test]
    fn labels_and_flags() {
        assert_eq!(cut_label(Lang::Ko, 5), "선정 기준선 (상위 5)");
        assert_eq!(missing_flag(Lang::Ko, &["성능"]), "자료 부족: 성능 점수 없음");
        assert_eq!(missing_flag(Lang::En, &["performance", "global"]), "Missing data: no performance and global score");
        assert_eq!(outcome_badge(Lang::En, true, Some("2025-08-04")), "Selected 2025-08-04");
        assert_eq!(outcome_badge(Lang::Ko, false, Some("2025-08-04")), "미선정");
        assert_eq!(change_text(Lang::En, -1), "down 1");
    }
}
