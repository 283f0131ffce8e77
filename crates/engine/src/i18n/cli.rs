//! The words of the `kai-rank` command line: its help, its argument errors ([`CliError`]), the
//! headings and column names of its tables, and the sentences of `rank` and `explain`.
//!
//! Why here and not in the CLI crate: the CLI is a thin shell that parses arguments and lays
//! out tables; what it *says* lives next to the widget's words, in both languages, so a
//! translator finds every sentence in one module and the two shells share what they have in
//! common (the all-zero sentence is [`Ui::AllZero`](super::Ui::AllZero), numbers come from
//! [`crate::format`]). Every number here (cut sizes, counts, defaults) is passed in by the
//! caller, never written into a sentence.

use std::fmt;

use super::pick;
use crate::text::Lang;
use crate::weights_parse::WeightsParseError;

/// The help text (`kai-rank --help`, and after every argument error). `samples` and `seed` are
/// the CLI's defaults, so the text cannot drift from the code.
pub fn usage(lang: Lang, samples: usize, seed: u64) -> String {
    match lang {
        Lang::Ko => format!(
            "\
kai-rank: 한국 독자 AI 파운데이션 모델 사업(K-AI)의 팀들을 내 가중치로 순위 매기고
평가 단계마다 실제 결과와 비교합니다.

사용법:
  kai-rank validate [FILE] [--lang ko|en]
  kai-rank rank     [FILE] [--weights W | --preset ID] [--round ID] [--gate G] [--cut N]
                    [--lang ko|en] [--json]
  kai-rank explain  [FILE] [--weights W | --preset ID] [--round ID] [--gate G] [--cut N]
                    [--team ID] [--samples N] [--seed N] [--lang ko|en] [--json]
  kai-rank --help

FILE       자료 파일(JSON); '-'는 표준 입력; 생략하면 내장된 K-AI 자료
--round    평가 단계 id (예: selection-2025, stage-1); 그 단계의 참가 팀만 순위를 매기고
           그 단계의 기준선과 실제 결과를 씁니다 (생략하면 결과가 나온 가장 최근 평가)
--gate     요건: 기준=최소 점수 (예: sovereignty=7); 못 미치는 팀은 점수와 상관없이 탈락
--weights  기준 순서대로 숫자 하나씩(40,30,20,10) 또는 id=값 쌍
           (performance=40,sovereignty=30,industry=20,global=10; 빠진 기준은 0);
           생략하면 모두 같은 가중치
--preset   자료에 정의된 가중치 묶음 (예: ministry)
--cut N    상위 N팀 아래에 선을 긋습니다 (생략하면 그 평가 단계의 계획 인원)
--team ID  한 팀만 설명합니다
--samples  순위 수용도에 쓸 무작위 가중치 수 (기본 {samples}); --seed로 고정 (기본 {seed})
--lang     출력 언어, ko(기본) 또는 en
--json     기계가 읽는 출력

종료 코드: 0 정상, 1 자료에 문제가 있거나 읽을 수 없음, 2 잘못된 인자.
"
        ),
        Lang::En => format!(
            "\
kai-rank: rank the teams of Korea's sovereign AI foundation model programme (K-AI)
under your own weights, against the real outcome of each round.

USAGE:
  kai-rank validate [FILE] [--lang ko|en]
  kai-rank rank     [FILE] [--weights W | --preset ID] [--round ID] [--gate G] [--cut N]
                    [--lang ko|en] [--json]
  kai-rank explain  [FILE] [--weights W | --preset ID] [--round ID] [--gate G] [--cut N]
                    [--team ID] [--samples N] [--seed N] [--lang ko|en] [--json]
  kai-rank --help

FILE       a dataset (JSON); '-' reads standard input; default: the built-in K-AI data
--round    a round id (e.g. selection-2025, stage-1): rank its participants, draw its line,
           compare with its real outcome (default: the latest evaluation with an outcome)
--gate     a requirement, criterion=minimum (e.g. sovereignty=7): a team below it is out
           whatever its score
--weights  one number per criterion in order (40,30,20,10) or id=value pairs
           (performance=40,sovereignty=30,industry=20,global=10; left-out criteria weigh 0);
           default: equal weights
--preset   a named weighting of the dataset (e.g. ministry)
--cut N    draw the line below N teams (default: the round's planned size)
--team ID  explain one team only
--samples  random weightings for rank acceptability (default {samples}); --seed fixes them ({seed})
--lang     output language, ko (default) or en
--json     machine-readable output

Exit status: 0 ok, 1 the data has problems or cannot be read, 2 bad arguments.
"
        ),
    }
}

/// A mistake in the command line (the CLI exits with status 2 and prints [`usage`]). Stored as
/// data, like [`super::Notice`], so the message is written in the language asked for.
#[derive(Debug, Clone, PartialEq)]
pub enum CliError {
    /// No command before the options.
    NoCommand,
    /// The first word is not a command.
    UnknownCommand(String),
    /// An option the CLI does not know (or a value given to a flag).
    UnknownOption(String),
    /// An option that needs a value came last.
    MissingValue(&'static str),
    /// An option given twice.
    Repeated(&'static str),
    /// An option that the command does not take.
    NotForCommand {
        /// The option as spelt on the command line.
        option: &'static str,
        /// The command's name.
        command: &'static str,
    },
    /// A second FILE.
    ExtraArgument(String),
    /// An argument that is not UTF-8.
    NotUnicode,
    /// `--lang` neither ko nor en.
    BadLang(String),
    /// A number option that is not a whole number in range.
    BadNumber {
        /// The option.
        option: &'static str,
        /// The value as given.
        value: String,
    },
    /// Both `--weights` and `--preset`.
    WeightsAndPreset,
    /// `--weights` could not be read; the reason is in the output language it carries.
    Weights(WeightsParseError, Lang),
    /// `--preset` names no preset of the dataset.
    UnknownPreset {
        /// The id given.
        id: String,
        /// The dataset's preset ids.
        known: Vec<String>,
    },
    /// `--team` names no team of the dataset.
    UnknownTeam {
        /// The id given.
        id: String,
        /// The dataset's team ids.
        known: Vec<String>,
    },
    /// `--round` names no round of the dataset.
    UnknownRound {
        /// The id given.
        id: String,
        /// The dataset's round ids.
        known: Vec<String>,
    },
    /// `--gate` could not be read; the reason is in the output language it carries.
    Gates(crate::round::GatesError, Lang),
    /// `--cut` outside 1–teams.
    CutOutOfRange {
        /// The size given.
        n: usize,
        /// Number of teams in the dataset.
        teams: usize,
    },
}

impl CliError {
    /// The one-line message in `lang` (without the "error:" prefix, see [`error_line`]).
    pub fn message(&self, lang: Lang) -> String {
        use CliError::*;
        let ko = lang == Lang::Ko;
        match self {
            NoCommand => pick(lang, "명령이 없습니다", "no command given").to_string(),
            UnknownCommand(c) if ko => {
                format!("알 수 없는 명령 \"{c}\" (validate, rank, explain 가운데 하나)")
            }
            UnknownCommand(c) => format!("unknown command \"{c}\" (use validate, rank or explain)"),
            UnknownOption(o) if ko => format!("알 수 없는 옵션 \"{o}\""),
            UnknownOption(o) => format!("unknown option \"{o}\""),
            MissingValue(o) if ko => format!("{o} 뒤에 값이 필요합니다"),
            MissingValue(o) => format!("{o} needs a value"),
            Repeated(o) if ko => format!("{o}{} 두 번 주어졌습니다", super::grammar::josa_i_ga(o)),
            Repeated(o) => format!("{o} is given twice"),
            NotForCommand { option, command } if ko => {
                format!(
                    "{option}{} {command}에 쓸 수 없습니다",
                    super::grammar::josa_eun_neun(option)
                )
            }
            NotForCommand { option, command } => format!("{option} does not apply to {command}"),
            ExtraArgument(a) if ko => format!("뜻밖의 인자 \"{a}\" (FILE은 하나만)"),
            ExtraArgument(a) => format!("unexpected argument \"{a}\" (only one FILE)"),
            NotUnicode => {
                pick(lang, "UTF-8이 아닌 인자가 있습니다", "an argument is not valid UTF-8")
                    .to_string()
            }
            BadLang(l) if ko => format!("--lang은 ko 또는 en이어야 합니다 (\"{l}\" 아님)"),
            BadLang(l) => format!("--lang must be ko or en, not \"{l}\""),
            BadNumber { option, value } if ko => {
                format!("{option}에는 자연수가 필요합니다 (\"{value}\" 아님)")
            }
            BadNumber { option, value } => {
                format!("{option} needs a whole number, not \"{value}\"")
            }
            WeightsAndPreset => pick(
                lang,
                "--weights와 --preset 가운데 하나만 주세요",
                "give --weights or --preset, not both",
            )
            .to_string(),
            Weights(e, weights_lang) => format!("--weights: {}", e.message(*weights_lang)),
            UnknownPreset { id, known } if ko => {
                format!(
                    "--preset: \"{id}\"라는 가중치 묶음은 없습니다 (있는 것: {})",
                    known.join(", ")
                )
            }
            UnknownPreset { id, known } => {
                format!("--preset: \"{id}\" is not a preset (known: {})", known.join(", "))
            }
            UnknownTeam { id, known } if ko => {
                format!("--team: \"{id}\"라는 팀은 없습니다 (있는 팀: {})", known.join(", "))
            }
            UnknownTeam { id, known } => {
                format!("--team: \"{id}\" is not a team (known: {})", known.join(", "))
            }
            UnknownRound { id, known } if ko => {
                format!(
                    "--round: \"{id}\"라는 평가 단계는 없습니다 (있는 것: {})",
                    known.join(", ")
                )
            }
            UnknownRound { id, known } => {
                format!("--round: \"{id}\" is not a round (known: {})", known.join(", "))
            }
            Gates(e, gates_lang) => format!("--gate: {}", e.message(*gates_lang)),
            CutOutOfRange { n, teams } if ko => {
                format!(
                    "--cut: {n}{} 1과 팀 수({teams}) 사이가 아닙니다",
                    super::grammar::josa_eun_neun(&n.to_string())
                )
            }
            CutOutOfRange { n, teams } => {
                format!("--cut: {n} is not between 1 and the number of teams ({teams})")
            }
        }
    }
}

impl fmt::Display for CliError {
    /// The English message (what the CLI prints when no `--lang` was given).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for CliError {}

/// The line printed before the usage: "error: …" / "오류: …".
pub fn error_line(lang: Lang, message: &str) -> String {
    format!("{}: {message}", pick(lang, "오류", "error"))
}

/// The fixed words of the CLI's output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cli {
    /// Prefix of the weights line ("weights: performance=40,…").
    Weights,
    /// Column: rank.
    Rank,
    /// Column: team.
    Team,
    /// Column: weighted score.
    Score,
    /// Column: the real outcome of the cut.
    RealOutcome,
    /// Column: notes (missing scores).
    Notes,
    /// Real outcome: passed the cut.
    Selected,
    /// Real outcome: did not pass the cut.
    NotSelected,
    /// Real outcome unknown for this cut (a dash).
    NoOutcome,
    /// An empty list of teams.
    Nobody,
    /// The cut has no real outcome to compare with.
    OutcomeUnknown,
    /// The line falls between tied teams.
    TieAtLine,
    /// After [`super::Ui::AllZero`] in `rank`: what the table then shows.
    AllShareFirst,
    /// Heading of the stability section of `explain`.
    StabilityH,
    /// Heading of the what-it-takes section of `explain`.
    WhatItTakesH,
    /// Marks an approximate what-it-takes answer.
    Approximate,
    /// What it takes: the team is there already.
    AlreadyThere,
    /// What it takes: no weighting can.
    Impossible,
    /// What `-` reads, in "cannot read …".
    StandardInput,
}

impl Cli {
    /// The word in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        let (ko, en) = match self {
            Cli::Weights => ("가중치", "weights"),
            Cli::Rank => ("순위", "rank"),
            Cli::Team => ("팀", "team"),
            Cli::Score => ("점수", "score"),
            Cli::RealOutcome => ("실제 결과", "real outcome"),
            Cli::Notes => ("비고", "notes"),
            Cli::Selected => ("선정", "selected"),
            Cli::NotSelected => ("탈락", "not selected"),
            Cli::NoOutcome => ("—", "—"),
            Cli::Nobody => ("없음", "none"),
            Cli::OutcomeUnknown => {
                ("이 컷의 실제 결과는 아직 없습니다.", "the real outcome of this cut is not known.")
            }
            Cli::TieAtLine => {
                ("주의: 컷 선이 동점 팀 사이를 가릅니다.", "note: the line cuts through a tie.")
            }
            Cli::AllShareFirst => ("모든 팀이 공동 1위입니다.", "All teams share rank 1."),
            Cli::StabilityH => (
                "안정 구간 (한 기준의 비중만 움직이고 나머지는 비율 유지)",
                "Stability (one criterion's share moves, the others keep their proportions)",
            ),
            Cli::WhatItTakesH => {
                ("필요한 가중치 변화 (최소 이동)", "What it takes (smallest change of weights)")
            }
            Cli::Approximate => (" (근사)", " (approximate)"),
            Cli::AlreadyThere => ("이미 도달", "already there"),
            Cli::Impossible => ("어떤 가중치로도 불가능", "impossible under any weights"),
            Cli::StandardInput => ("표준 입력", "standard input"),
        };
        pick(lang, ko, en)
    }
}

/// `validate` succeeded: "ok: 팀 10개, 기준 4개" / "ok: 10 teams, 4 criteria".
pub fn validate_ok(lang: Lang, teams: usize, criteria: usize) -> String {
    match lang {
        Lang::Ko => format!("ok: 팀 {teams}개, 기준 {criteria}개"),
        Lang::En => format!("ok: {teams} teams, {criteria} criteria"),
    }
}

/// The count after a problem list, on standard error: "문제 9개" / "9 problem(s)".
pub fn problem_total(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Ko => format!("문제 {n}개"),
        Lang::En => format!("{n} problem(s)"),
    }
}

/// The input could not be read: "cannot read data.json: No such file or directory".
pub fn cannot_read(lang: Lang, what: &str, error: &str) -> String {
    match lang {
        Lang::Ko => format!("{what}을(를) 읽을 수 없습니다: {error}"),
        Lang::En => format!("cannot read {what}: {error}"),
    }
}

/// Teams in a CLI sentence: comma-separated, or [`Cli::Nobody`].
pub fn team_list(lang: Lang, names: &[String]) -> String {
    if names.is_empty() { Cli::Nobody.get(lang).to_string() } else { names.join(", ") }
}

/// The label on the cut line of the `rank` table: "top 5: 5 elite teams selected" (the
/// dataset's label of that cut, when it has one).
pub fn cut_caption(lang: Lang, size: usize, label: &str) -> String {
    let top = match lang {
        Lang::Ko => super::grammar::top_n_ko(size),
        Lang::En => format!("top {size}"),
    };
    if label.is_empty() { top } else { format!("{top}: {label}") }
}

/// The round line above a `rank` table: its label and, while pending, why there is no outcome.
pub fn round_line(lang: Lang, label: &str, pending: Option<&str>) -> String {
    let head = match lang {
        Lang::Ko => format!("평가 단계: {label}"),
        Lang::En => format!("round: {label}"),
    };
    match pending {
        Some(p) => format!("{head} ({p})"),
        None => head,
    }
}

/// Teams the sensitivity analysis leaves out, each with why ("X (no performance score)").
pub fn left_out_line(lang: Lang, teams: &[String]) -> String {
    match lang {
        Lang::Ko => format!("분석에서 뺀 팀: {}", teams.join(", ")),
        Lang::En => format!("left out of the analysis: {}", teams.join(", ")),
    }
}

/// Requirements in force, for the preamble ("요건: 자주성 ≥ 5").
pub fn gates_line(lang: Lang, gates: &[String]) -> String {
    match lang {
        Lang::Ko => format!("요건: {}", gates.join(", ")),
        Lang::En => format!("requirements: {}", gates.join(", ")),
    }
}

/// Places a requirement took from teams above the line ("the place of Naver Cloud above the
/// line is lost: it fails a requirement").
pub fn places_lost(lang: Lang, teams: &str) -> String {
    match lang {
        Lang::Ko => {
            format!("요건 미달로 기준선 위 자리를 잃은 팀: {teams} (그 자리는 넘어가지 않습니다)")
        }
        Lang::En => format!(
            "above the line on score but out by a requirement: {teams} (the place is not passed on)"
        ),
    }
}

/// Who would cross the real line: both lists already made with [`team_list`].
pub fn get_in_drop_out(lang: Lang, get_in: &str, drop_out: &str) -> String {
    match lang {
        Lang::Ko => format!("새로 들어올 팀: {get_in}; 밀려날 팀: {drop_out}"),
        Lang::En => format!("would get in: {get_in}; would drop out: {drop_out}"),
    }
}

/// Where a stability band's edge changes the state: exactly *at* an end of the scale
/// (`inclusive` false), or just below / above the share `at`.
pub fn edge_place(lang: Lang, at: &str, inclusive: bool, below: bool) -> String {
    match (lang, inclusive, below) {
        (Lang::Ko, false, _) => format!("{at}에서"),
        (Lang::Ko, true, true) => format!("{at} 아래"),
        (Lang::Ko, true, false) => format!("{at} 위"),
        (Lang::En, false, _) => format!("at {at}"),
        (Lang::En, true, true) => format!("below {at}"),
        (Lang::En, true, false) => format!("above {at}"),
    }
}

/// What happens at an edge: "below 18%: SKT in, LG out".
pub fn edge_change(lang: Lang, place: &str, who: &str, displaced: Option<&str>) -> String {
    match (lang, displaced) {
        // Only a team pushed below the line is "out"; see [`leader_change`] for first place.
        (Lang::Ko, Some(o)) => format!("{place}: {who} 진입, {o} 탈락"),
        (Lang::Ko, None) => format!("{place}: {who} 진입"),
        (Lang::En, Some(o)) => format!("{place}: {who} in, {o} out"),
        (Lang::En, None) => format!("{place}: {who} in"),
    }
}

/// Beyond an edge of the leader's band: a new team first and the old leader second — not
/// "out", which is only for a team pushed below the line.
pub fn leader_change(lang: Lang, place: &str, who: &str, displaced: Option<&str>) -> String {
    match (lang, displaced) {
        (Lang::Ko, Some(o)) => format!("{place}: {who} 1위, {o} 2위로"),
        (Lang::Ko, None) => format!("{place}: {who} 1위"),
        (Lang::En, Some(o)) => format!("{place}: {who} first, {o} drops to 2nd"),
        (Lang::En, None) => format!("{place}: {who} first"),
    }
}

/// One criterion's stability line of `explain`. `cut` is the line's size and its range text,
/// when a line is drawn.
pub fn stability_line(
    lang: Lang,
    criterion: &str,
    now: &str,
    leader: &str,
    leader_range: &str,
    cut: Option<(usize, &str)>,
) -> String {
    let mut s = match lang {
        Lang::Ko => format!("{criterion} (현재 {now}): 1위 {leader} 유지 {leader_range}"),
        Lang::En => format!("{criterion} (now {now}): {leader} stays first at {leader_range}"),
    };
    if let Some((n, range)) = cut {
        s.push_str(&match lang {
            Lang::Ko => format!("; {} 유지 {range}", super::grammar::top_n_ko(n)),
            Lang::En => format!("; top {n} unchanged at {range}"),
        });
    }
    s
}

/// A reachable target: how many points of weight move, and the weighting reached
/// ("Performance 40% · …"). `points` is already formatted.
pub fn reach_possible(lang: Lang, points: &str, shares: &str) -> String {
    match lang {
        Lang::Ko => format!("가중치 {points}%p 이동 → {shares}"),
        Lang::En => format!("move {points} points of weight → {shares}"),
    }
}

/// An unreachable target, with the teams that always stay ahead (if the engine names them).
pub fn reach_impossible(lang: Lang, blockers: Option<&str>) -> String {
    let base = Cli::Impossible.get(lang);
    match (lang, blockers) {
        (_, None) => base.to_string(),
        (Lang::Ko, Some(b)) => format!("{base} (막는 팀: {b})"),
        (Lang::En, Some(b)) => format!("{base} (blocked by {b})"),
    }
}

/// One team's what-it-takes line: to be first, and to pass the line (when one is drawn).
pub fn takes_line(lang: Lang, team: &str, first: &str, cut: Option<(usize, &str)>) -> String {
    let mut s = match lang {
        Lang::Ko => format!("{team}: 1위 — {first}"),
        Lang::En => format!("{team}: first — {first}"),
    };
    if let Some((n, reach)) = cut {
        s.push_str(&match lang {
            Lang::Ko => format!("; {} — {reach}", super::grammar::top_n_ko(n)),
            Lang::En => format!("; top {n} — {reach}"),
        });
    }
    s
}

/// Heading of the acceptability section; `error_points` is already formatted.
pub fn acceptability_heading(lang: Lang, samples: usize, seed: u64, error_points: &str) -> String {
    match lang {
        Lang::Ko => {
            format!(
                "순위 수용도 (무작위 가중치 {samples}개, seed {seed}, 표준오차 ≤ {error_points}%p)"
            )
        }
        Lang::En => format!(
            "Rank acceptability ({samples} random weightings, seed {seed}, standard error ≤ {error_points} points)"
        ),
    }
}

/// One team's acceptability line: share of weightings where it is first, and above the line.
pub fn acceptability_line(
    lang: Lang,
    team: &str,
    first: &str,
    cut: Option<(usize, &str)>,
) -> String {
    let mut s = match lang {
        Lang::Ko => format!("{team}: 1위 {first}"),
        Lang::En => format!("{team}: first {first}"),
    };
    if let Some((n, share)) = cut {
        s.push_str(&match lang {
            Lang::Ko => format!(", {} {share}", super::grammar::top_n_ko(n)),
            Lang::En => format!(", top {n} {share}"),
        });
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usage_names_the_defaults_it_is_given() {
        assert!(usage(Lang::En, 500, 7).contains("(default 500); --seed fixes them (7)"));
        assert!(usage(Lang::Ko, 500, 7).contains("(기본 500); --seed로 고정 (기본 7)"));
        assert!(usage(Lang::En, 1, 1).contains("USAGE:"));
    }

    #[test]
    fn errors_read_in_both_languages() {
        let e = CliError::CutOutOfRange { n: 11, teams: 10 };
        assert_eq!(e.to_string(), "--cut: 11 is not between 1 and the number of teams (10)");
        assert_eq!(e.message(Lang::Ko), "--cut: 11은 1과 팀 수(10) 사이가 아닙니다");
        assert_eq!(error_line(Lang::Ko, "x"), "오류: x");
    }

    #[test]
    fn cut_sizes_come_from_the_caller() {
        assert_eq!(cut_caption(Lang::En, 3, ""), "top 3");
        assert_eq!(cut_caption(Lang::Ko, 5, "정예팀 5곳"), "상위 5팀: 정예팀 5곳");
        assert_eq!(
            stability_line(
                Lang::En,
                "Performance",
                "40 %",
                "LG",
                "0 %–55 %",
                Some((4, "10 %–60 %"))
            ),
            "Performance (now 40 %): LG stays first at 0 %–55 %; top 4 unchanged at 10 %–60 %"
        );
        assert_eq!(
            acceptability_line(Lang::Ko, "KT", "3%", Some((2, "9%"))),
            "KT: 1위 3%, 상위 2팀 9%"
        );
    }

    #[test]
    fn empty_team_lists_say_none() {
        assert_eq!(team_list(Lang::En, &[]), "none");
        assert_eq!(team_list(Lang::Ko, &["KT".into(), "카카오".into()]), "KT, 카카오");
        assert_eq!(
            get_in_drop_out(Lang::En, "none", "none"),
            "would get in: none; would drop out: none"
        );
    }
}
