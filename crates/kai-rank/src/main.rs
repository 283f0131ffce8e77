//! `kai-rank`: the K-AI 2025 ranking from a terminal — validate a dataset, rank it under your
//! own weights against the real selection, and explain how stable that ranking is.
//!
//! Why a CLI next to the widget: data editors validate files before publishing, and reporters
//! want a table they can paste. Hand-parsed arguments (no clap) keep the dependency list short;
//! every argument mistake is a typed [`ArgError`] printed with the usage and exit status 2.
//! Exit status: 0 ok, 1 the data has problems or cannot be read, 2 bad arguments.

use std::ffi::OsString;
use std::fmt;
use std::io::{self, Read, Write};
use std::process::ExitCode;

use kai_engine::KAI_2025_JSON;
use kai_engine::model::{CutLine, Dataset};
use kai_engine::rank::{CutComparison, Ranking, ScoreMatrix, Weights, compare_cut, rank};
use kai_engine::sensitivity::{
    Acceptability, Reach, ShareRange, StabilityInterval, WhatItTakes, acceptability,
    stability_intervals, what_it_takes,
};
use kai_engine::text::Lang;
use kai_engine::validate::{MAX_BYTES, Problem, ProblemKind, ROOT_PATH, parse_json_bytes};
use kai_engine::weights_parse::WeightsParseError;
use serde_json::{Value, json};

const USAGE: &str = "\
kai-rank: rank the teams of Korea's 2025 sovereign AI foundation model competition (K-AI)
under your own weights, against the real selection.

USAGE:
  kai-rank validate [FILE] [--lang ko|en]
  kai-rank rank     [FILE] [--weights W | --preset ID] [--cut N] [--lang ko|en] [--json]
  kai-rank explain  [FILE] [--weights W | --preset ID] [--cut N] [--team ID]
                    [--samples N] [--seed N] [--lang ko|en] [--json]
  kai-rank --help

FILE       a dataset (JSON); '-' reads standard input; default: the built-in K-AI 2025 data
--weights  one number per criterion in order (40,30,20,10) or id=value pairs
           (performance=40,sovereignty=30,industry=20,global=10; left-out criteria weigh 0);
           default: equal weights
--preset   a named weighting of the dataset (e.g. ministry)
--cut N    draw the line below N teams (default: the dataset's first cut, the real selection)
--team ID  explain one team only
--samples  random weightings for rank acceptability (default 10000); --seed fixes them (2025)
--lang     output language, ko (default) or en
--json     machine-readable output

Exit status: 0 ok, 1 the data has problems or cannot be read, 2 bad arguments.
";

/// Random weightings drawn by `explain` unless `--samples` says otherwise.
const DEFAULT_SAMPLES: usize = 10_000;
/// Upper bound for `--samples`, so a typo cannot hang the terminal.
const MAX_SAMPLES: usize = 1_000_000;
/// Default seed, so two runs print the same acceptability figures.
const DEFAULT_SEED: u64 = 2025;

/// A mistake in the command line (exit status 2, usage printed).
#[derive(Debug, Clone, PartialEq)]
enum ArgError {
    NoCommand,
    UnknownCommand(String),
    UnknownOption(String),
    MissingValue(&'static str),
    Repeated(&'static str),
    NotForCommand { option: &'static str, command: &'static str },
    ExtraArgument(String),
    NotUnicode,
    BadLang(String),
    BadNumber { option: &'static str, value: String },
    WeightsAndPreset,
    Weights(WeightsParseError, Lang),
    UnknownPreset { id: String, known: Vec<String> },
    UnknownTeam { id: String, known: Vec<String> },
    CutOutOfRange { n: usize, teams: usize },
}

impl fmt::Display for ArgError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ArgError::*;
        match self {
            NoCommand => write!(f, "no command given"),
            UnknownCommand(c) => {
                write!(f, "unknown command \"{c}\" (use validate, rank or explain)")
            }
            UnknownOption(o) => write!(f, "unknown option \"{o}\""),
            MissingValue(o) => write!(f, "{o} needs a value"),
            Repeated(o) => write!(f, "{o} is given twice"),
            NotForCommand { option, command } => write!(f, "{option} does not apply to {command}"),
            ExtraArgument(a) => write!(f, "unexpected argument \"{a}\" (only one FILE)"),
            NotUnicode => write!(f, "an argument is not valid UTF-8"),
            BadLang(l) => write!(f, "--lang must be ko or en, not \"{l}\""),
            BadNumber { option, value } => {
                write!(f, "{option} needs a whole number, not \"{value}\"")
            }
            WeightsAndPreset => write!(f, "give --weights or --preset, not both"),
            Weights(e, lang) => write!(f, "--weights: {}", e.message(*lang)),
            UnknownPreset { id, known } => {
                write!(f, "--preset: \"{id}\" is not a preset (known: {})", known.join(", "))
            }
            UnknownTeam { id, known } => {
                write!(f, "--team: \"{id}\" is not a team (known: {})", known.join(", "))
            }
            CutOutOfRange { n, teams } => {
                write!(f, "--cut: {n} is not between 1 and the number of teams ({teams})")
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum CommandName {
    Validate,
    Rank,
    Explain,
}

impl CommandName {
    fn name(self) -> &'static str {
        match self {
            CommandName::Validate => "validate",
            CommandName::Rank => "rank",
            CommandName::Explain => "explain",
        }
    }
}

/// The parsed command line, before the dataset is read.
#[derive(Debug, Clone, PartialEq)]
struct Args {
    command: CommandName,
    file: Option<String>,
    weights: Option<String>,
    preset: Option<String>,
    cut: Option<usize>,
    team: Option<String>,
    samples: Option<usize>,
    seed: Option<u64>,
    lang: Lang,
    json: bool,
}

#[derive(Debug, Clone, PartialEq)]
enum Parsed {
    Help,
    Run(Args),
}

fn parse_number<T: std::str::FromStr>(option: &'static str, value: &str) -> Result<T, ArgError> {
    value.trim().parse().map_err(|_| ArgError::BadNumber { option, value: value.to_string() })
}

/// Parses the arguments after the program name.
fn parse_args(raw: &[OsString]) -> Result<Parsed, ArgError> {
    let mut args = Vec::with_capacity(raw.len());
    for a in raw {
        args.push(a.to_str().ok_or(ArgError::NotUnicode)?.to_string());
    }
    if args.iter().any(|a| a == "--help" || a == "-h" || a == "help") {
        return Ok(Parsed::Help);
    }
    let Some(first) = args.first() else { return Err(ArgError::NoCommand) };
    let command = match first.as_str() {
        "validate" => CommandName::Validate,
        "rank" => CommandName::Rank,
        "explain" => CommandName::Explain,
        other if other.starts_with('-') => return Err(ArgError::NoCommand),
        other => return Err(ArgError::UnknownCommand(other.to_string())),
    };
    let mut out = Args {
        command,
        file: None,
        weights: None,
        preset: None,
        cut: None,
        team: None,
        samples: None,
        seed: None,
        lang: Lang::Ko,
        json: false,
    };
    let mut lang_seen = false;
    let mut rest = args[1..].iter();
    while let Some(arg) = rest.next() {
        if !arg.starts_with("--") || arg == "--" {
            if arg.starts_with('-') && arg != "-" {
                return Err(ArgError::UnknownOption(arg.clone()));
            }
            if out.file.is_some() {
                return Err(ArgError::ExtraArgument(arg.clone()));
            }
            out.file = Some(arg.clone());
            continue;
        }
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) => (n, Some(v.to_string())),
            None => (arg.as_str(), None),
        };
        let option: &'static str = match name {
            "--weights" => "--weights",
            "--preset" => "--preset",
            "--cut" => "--cut",
            "--team" => "--team",
            "--samples" => "--samples",
            "--seed" => "--seed",
            "--lang" => "--lang",
            "--json" => "--json",
            _ => return Err(ArgError::UnknownOption(arg.clone())),
        };
        let allowed = match option {
            "--lang" => true,
            "--weights" | "--preset" | "--cut" | "--json" => command != CommandName::Validate,
            _ => command == CommandName::Explain,
        };
        if !allowed {
            return Err(ArgError::NotForCommand { option, command: command.name() });
        }
        if option == "--json" {
            if inline.is_some() {
                return Err(ArgError::UnknownOption(arg.clone()));
            }
            if out.json {
                return Err(ArgError::Repeated(option));
            }
            out.json = true;
            continue;
        }
        let value = match inline {
            Some(v) => v,
            None => rest.next().cloned().ok_or(ArgError::MissingValue(option))?,
        };
        let repeated = match option {
            "--weights" => out.weights.replace(value).is_some(),
            "--preset" => out.preset.replace(value).is_some(),
            "--team" => out.team.replace(value).is_some(),
            "--cut" => out.cut.replace(parse_number(option, &value)?).is_some(),
            "--samples" => out.samples.replace(parse_number(option, &value)?).is_some(),
            "--seed" => out.seed.replace(parse_number(option, &value)?).is_some(),
            _ => {
                out.lang = Lang::parse(&value).ok_or(ArgError::BadLang(value))?;
                std::mem::replace(&mut lang_seen, true)
            }
        };
        if repeated {
            return Err(ArgError::Repeated(option));
        }
    }
    if out.weights.is_some() && out.preset.is_some() {
        return Err(ArgError::WeightsAndPreset);
    }
    if let Some(s) = out.samples
        && !(1..=MAX_SAMPLES).contains(&s)
    {
        return Err(ArgError::BadNumber { option: "--samples", value: s.to_string() });
    }
    Ok(Parsed::Run(out))
}

/// Reads FILE (or stdin for `-`, or the built-in data), refusing more than [`MAX_BYTES`]
/// without reading it all (the size is the file's, when it has one).
fn read_input(file: Option<&str>) -> Result<Vec<u8>, Problem> {
    let io_problem = |what: &str, e: io::Error| {
        Problem::new(ROOT_PATH, ProblemKind::Type { message: format!("cannot read {what}: {e}") })
    };
    let too_large =
        |bytes: usize| Problem::new(ROOT_PATH, ProblemKind::TooLarge { bytes, limit: MAX_BYTES });
    let mut bytes = Vec::new();
    let limit = MAX_BYTES as u64 + 1;
    match file {
        None => return Ok(KAI_2025_JSON.as_bytes().to_vec()),
        Some("-") => {
            io::stdin()
                .lock()
                .take(limit)
                .read_to_end(&mut bytes)
                .map_err(|e| io_problem("standard input", e))?;
        }
        Some(path) => {
            let f = std::fs::File::open(path).map_err(|e| io_problem(path, e))?;
            if let Ok(meta) = f.metadata()
                && meta.len() > MAX_BYTES as u64
            {
                return Err(too_large(usize::try_from(meta.len()).unwrap_or(usize::MAX)));
            }
            f.take(limit).read_to_end(&mut bytes).map_err(|e| io_problem(path, e))?;
        }
    }
    if bytes.len() > MAX_BYTES {
        return Err(too_large(bytes.len()));
    }
    Ok(bytes)
}

/// Loads and validates; on failure the problems (or the I/O error) as lines for the user.
fn load(file: Option<&str>) -> Result<Dataset, Vec<Problem>> {
    let bytes = read_input(file).map_err(|p| vec![p])?;
    parse_json_bytes(&bytes)
}

/// Everything `rank` and `explain` need once arguments meet the dataset.
struct Setup {
    dataset: Dataset,
    weights: Weights,
    cut: Option<CutLine>,
}

fn setup(args: &Args, dataset: Dataset) -> Result<Setup, ArgError> {
    let weights = if let Some(w) = &args.weights {
        Weights::parse(&dataset, w).map_err(|e| ArgError::Weights(e, args.lang))?
    } else if let Some(id) = &args.preset {
        let Some(preset) = dataset.presets.iter().find(|p| &p.id == id) else {
            let known = dataset.presets.iter().map(|p| p.id.clone()).collect();
            return Err(ArgError::UnknownPreset { id: id.clone(), known });
        };
        Weights::from_preset(&dataset, preset).map_err(|e| ArgError::Weights(e, args.lang))?
    } else {
        Weights::equal(dataset.criteria.len())
    };
    let teams = dataset.teams.len();
    let cut = match args.cut {
        Some(n) if n == 0 || n > teams => return Err(ArgError::CutOutOfRange { n, teams }),
        // A real cut of that size brings its real outcome; otherwise the line has none.
        Some(n) => Some(
            dataset
                .cut_lines
                .iter()
                .find(|c| c.size == n)
                .cloned()
                .unwrap_or(CutLine { size: n, ..CutLine::default() }),
        ),
        None => dataset.main_cut().cloned(),
    };
    Ok(Setup { dataset, weights, cut })
}

// ---- text layout -----------------------------------------------------------------------

/// Terminal columns a string takes: Hangul, CJK and full-width forms count 2, combining
/// marks 0. Rough, but enough to line up Korean team names.
fn display_width(s: &str) -> usize {
    s.chars()
        .map(|c| {
            let u = c as u32;
            if matches!(u, 0x0300..=0x036F | 0x200B..=0x200F | 0xFE00..=0xFE0F) {
                0
            } else if matches!(u,
                0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF
                | 0x4E00..=0x9FFF | 0xA960..=0xA97F | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF
                | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6)
            {
                2
            } else {
                1
            }
        })
        .sum()
}

#[derive(Clone, Copy)]
enum Align {
    Left,
    Right,
}

fn pad(s: &str, width: usize, align: Align) -> String {
    let fill = " ".repeat(width.saturating_sub(display_width(s)));
    match align {
        Align::Left => format!("{s}{fill}"),
        Align::Right => format!("{fill}{s}"),
    }
}

/// Renders rows under a header; `separator_after` draws a labelled line after that many rows.
fn table(
    header: &[String],
    aligns: &[Align],
    rows: &[Vec<String>],
    separator: Option<(usize, String)>,
) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| display_width(h)).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            if let Some(w) = widths.get_mut(i) {
                *w = (*w).max(display_width(cell));
            }
        }
    }
    let line = |cells: &[String]| -> String {
        let parts: Vec<String> = cells
            .iter()
            .enumerate()
            .map(|(i, c)| {
                pad(
                    c,
                    widths.get(i).copied().unwrap_or(0),
                    aligns.get(i).copied().unwrap_or(Align::Left),
                )
            })
            .collect();
        parts.join("  ").trim_end().to_string()
    };
    let total: usize = widths.iter().sum::<usize>() + 2 * widths.len().saturating_sub(1);
    let mut out = String::new();
    out.push_str(&line(header));
    out.push('\n');
    out.push_str(&"─".repeat(total));
    out.push('\n');
    for (i, row) in rows.iter().enumerate() {
        out.push_str(&line(row));
        out.push('\n');
        if let Some((after, label)) = &separator
            && i + 1 == *after
            && i + 1 < rows.len()
        {
            let head = format!("┄┄ {label} ");
            let fill = total.saturating_sub(display_width(&head)).max(2);
            out.push_str(&head);
            out.push_str(&"┄".repeat(fill));
            out.push('\n');
        }
    }
    out
}

fn team_names(d: &Dataset, teams: &[usize], lang: Lang) -> String {
    let none = if lang == Lang::Ko { "없음" } else { "none" };
    if teams.is_empty() {
        return none.to_string();
    }
    teams
        .iter()
        .filter_map(|&t| d.teams.get(t))
        .map(|t| t.name.get(lang).to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

fn team_name(d: &Dataset, team: usize, lang: Lang) -> String {
    d.teams.get(team).map_or_else(|| format!("#{team}"), |t| t.name.get(lang).to_string())
}

fn criterion_label(d: &Dataset, c: usize, lang: Lang) -> String {
    d.criteria.get(c).map_or_else(|| format!("#{c}"), |c| c.label.get(lang).to_string())
}

fn percent(share: f64) -> String {
    format!("{:.0}%", share * 100.0)
}

// ---- rank ------------------------------------------------------------------------------

fn is_selected(cut: Option<&CutLine>, id: &str) -> Option<bool> {
    cut.and_then(|c| c.actual.as_ref()).map(|a| a.iter().any(|x| x == id))
}

fn cut_label(cut: &CutLine, lang: Lang) -> String {
    let label = cut.label.get(lang);
    let top =
        if lang == Lang::Ko { format!("상위 {}", cut.size) } else { format!("top {}", cut.size) };
    if label.is_empty() { top } else { format!("{top}: {label}") }
}

fn rank_text(s: &Setup, ranking: &Ranking, cmp: Option<&CutComparison>, lang: Lang) -> String {
    let d = &s.dataset;
    let ko = lang == Lang::Ko;
    let cut = s.cut.as_ref();
    let mut header: Vec<String> = [
        if ko { "순위" } else { "rank" },
        if ko { "팀" } else { "team" },
        if ko { "점수" } else { "score" },
    ]
    .iter()
    .map(|h| h.to_string())
    .collect();
    let mut aligns = vec![Align::Right, Align::Left, Align::Right];
    for c in 0..d.criteria.len() {
        header.push(criterion_label(d, c, lang));
        aligns.push(Align::Right);
    }
    header.push(if ko { "실제 결과" } else { "real outcome" }.to_string());
    aligns.push(Align::Left);
    header.push(if ko { "비고" } else { "notes" }.to_string());
    aligns.push(Align::Left);
    let rows: Vec<Vec<String>> = ranking
        .rows
        .iter()
        .map(|r| {
            let id = d.teams.get(r.team).map_or("", |t| t.id.as_str());
            let mut row =
                vec![r.rank.to_string(), team_name(d, r.team, lang), format!("{:.1}", r.score)];
            row.extend(r.contributions.iter().map(|c| format!("{c:.1}")));
            row.push(
                match is_selected(cut, id) {
                    Some(true) => {
                        if ko {
                            "선정"
                        } else {
                            "selected"
                        }
                    }
                    Some(false) => {
                        if ko {
                            "탈락"
                        } else {
                            "not selected"
                        }
                    }
                    None => "—",
                }
                .to_string(),
            );
            row.push(if r.missing.is_empty() {
                String::new()
            } else if r.missing.len() == d.criteria.len() {
                if ko { "점수 없음 (맨 뒤로)" } else { "no scores (ranked last)" }.to_string()
            } else {
                let names: Vec<String> =
                    r.missing.iter().map(|&c| criterion_label(d, c, lang)).collect();
                if ko {
                    format!("점수 없음: {} (맨 뒤로)", names.join(", "))
                } else {
                    format!("no score: {} (ranked last)", names.join(", "))
                }
            });
            row
        })
        .collect();
    let mut out = String::new();
    out.push_str(&format!(
        "{}: {}\n",
        if ko { "가중치" } else { "weights" },
        s.weights.to_param(d)
    ));
    if ranking.no_weights() {
        out.push_str(if ko {
            "모든 가중치가 0이라 순위를 매길 수 없습니다. 모든 팀이 공동 1위입니다.\n"
        } else {
            "every weight is 0, so nothing is ranked: all teams share rank 1.\n"
        });
    }
    out.push('\n');
    let separator = cut.map(|c| (c.size, cut_label(c, lang)));
    out.push_str(&table(&header, &aligns, &rows, separator));
    if let Some(cmp) = cmp {
        out.push('\n');
        match (&cmp.would_get_in, &cmp.would_drop_out) {
            (Some(get_in), Some(drop_out)) => out.push_str(&if ko {
                format!(
                    "새로 들어올 팀: {}; 밀려날 팀: {}\n",
                    team_names(d, get_in, lang),
                    team_names(d, drop_out, lang)
                )
            } else {
                format!(
                    "would get in: {}; would drop out: {}\n",
                    team_names(d, get_in, lang),
                    team_names(d, drop_out, lang)
                )
            }),
            _ => out.push_str(if ko {
                "이 컷의 실제 결과는 아직 없습니다.\n"
            } else {
                "the real outcome of this cut is not known.\n"
            }),
        }
        if cmp.tie_at_line {
            out.push_str(if ko {
                "주의: 컷 선이 동점 팀 사이를 가릅니다.\n"
            } else {
                "note: the line cuts through a tie.\n"
            });
        }
    }
    out
}

fn ids(d: &Dataset, teams: &[usize]) -> Vec<String> {
    teams.iter().filter_map(|&t| d.teams.get(t)).map(|t| t.id.clone()).collect()
}

fn by_criterion(d: &Dataset, values: &[f64]) -> Value {
    let map: serde_json::Map<String, Value> =
        d.criteria.iter().zip(values).map(|(c, v)| (c.id.clone(), json!(v))).collect();
    Value::Object(map)
}

fn rank_json(s: &Setup, ranking: &Ranking, cmp: Option<&CutComparison>, lang: Lang) -> Value {
    let d = &s.dataset;
    let cut = s.cut.as_ref();
    let rows: Vec<Value> = ranking
        .rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let id = d.teams.get(r.team).map_or("", |t| t.id.as_str());
            json!({
                "rank": r.rank,
                "team": id,
                "name": team_name(d, r.team, lang),
                "score": r.score,
                "contributions": by_criterion(d, &r.contributions),
                "complete": r.is_complete(),
                "missing": r.missing.iter().filter_map(|&c| d.criteria.get(c)).map(|c| c.id.clone()).collect::<Vec<_>>(),
                "above_cut": cut.map(|c| i < c.size),
                "selected": is_selected(cut, id),
            })
        })
        .collect();
    json!({
        "lang": lang.code(),
        "weights": by_criterion(d, s.weights.raw()),
        "shares": ranking.shares.as_ref().map(|sh| by_criterion(d, sh)),
        "cut": cut.map(|c| json!({
            "id": if c.id.is_empty() { Value::Null } else { json!(c.id) },
            "size": c.size,
            "label": c.label.get(lang),
        })),
        "rows": rows,
        "would_get_in": cmp.and_then(|c| c.would_get_in.as_ref()).map(|t| ids(d, t)),
        "would_drop_out": cmp.and_then(|c| c.would_drop_out.as_ref()).map(|t| ids(d, t)),
        "tie_at_line": cmp.map(|c| c.tie_at_line),
    })
}

// ---- explain ---------------------------------------------------------------------------

fn range_text(d: &Dataset, r: &ShareRange, lang: Lang) -> String {
    let ko = lang == Lang::Ko;
    let mut s = format!("{}–{}", percent(r.lo.share), percent(r.hi.share));
    let mut beyond = Vec::new();
    for (edge, below) in [(&r.lo, true), (&r.hi, false)] {
        if let Some(t) = edge.takeover {
            let who = team_name(d, t, lang);
            let out = edge.displaced.map(|x| team_name(d, x, lang));
            let at = percent(edge.share);
            // An exclusive edge changes the state *at* the share itself (0 % or 100 %).
            let place = match (ko, edge.inclusive, below) {
                (true, false, _) => format!("{at}에서"),
                (true, true, true) => format!("{at} 아래"),
                (true, true, false) => format!("{at} 위"),
                (false, false, _) => format!("at {at}"),
                (false, true, true) => format!("below {at}"),
                (false, true, false) => format!("above {at}"),
            };
            beyond.push(match (ko, out) {
                (true, Some(o)) => format!("{place}: {who} 진입, {o} 탈락"),
                (true, None) => format!("{place}: {who} 진입"),
                (false, Some(o)) => format!("{place}: {who} in, {o} out"),
                (false, None) => format!("{place}: {who} in"),
            });
        }
    }
    if !beyond.is_empty() {
        s.push_str(&format!(" ({})", beyond.join("; ")));
    }
    s
}

fn reach_text(d: &Dataset, r: &Reach, lang: Lang) -> String {
    let ko = lang == Lang::Ko;
    match r {
        Reach::Already => if ko { "이미 도달" } else { "already there" }.to_string(),
        Reach::Possible { distance, shares } => {
            let points = distance / 2.0 * 100.0;
            let spread: Vec<String> = shares
                .iter()
                .enumerate()
                .map(|(c, s)| format!("{} {}", criterion_label(d, c, lang), percent(*s)))
                .collect();
            if ko {
                format!("가중치 {points:.1}%p 이동 → {}", spread.join(" · "))
            } else {
                format!("move {points:.1} points of weight → {}", spread.join(" · "))
            }
        }
        Reach::Impossible { blockers } => {
            if blockers.is_empty() {
                if ko { "어떤 가중치로도 불가능" } else { "impossible under any weights" }
                    .to_string()
            } else if ko {
                format!("어떤 가중치로도 불가능 (막는 팀: {})", team_names(d, blockers, lang))
            } else {
                format!(
                    "impossible under any weights (blocked by {})",
                    team_names(d, blockers, lang)
                )
            }
        }
    }
}

fn reach_json(d: &Dataset, r: &Reach) -> Value {
    match r {
        Reach::Already => json!({ "status": "already" }),
        Reach::Possible { distance, shares } => json!({
            "status": "possible",
            "distance": distance,
            "shares": by_criterion(d, shares),
        }),
        Reach::Impossible { blockers } => {
            json!({ "status": "impossible", "blockers": ids(d, blockers) })
        }
    }
}

struct Explanation {
    intervals: Vec<StabilityInterval>,
    takes: Vec<WhatItTakes>,
    accept: Acceptability,
    cut: usize,
}

fn explain(s: &Setup, team: Option<usize>, samples: usize, seed: u64) -> Explanation {
    let m = ScoreMatrix::new(&s.dataset);
    let cut = s.cut.as_ref().map_or(0, |c| c.size);
    let intervals = stability_intervals(&m, &s.weights, cut);
    let teams: Vec<usize> = match team {
        Some(t) => vec![t],
        None => (0..s.dataset.teams.len()).collect(),
    };
    let takes = teams.into_iter().map(|t| what_it_takes(&m, &s.weights, t, cut)).collect();
    let accept = acceptability(&m, samples, seed);
    Explanation { intervals, takes, accept, cut }
}

fn top_share(a: &Acceptability, team: usize, cut: usize) -> f64 {
    a.rank_share.get(team).map_or(0.0, |row| row.iter().take(cut).sum())
}

fn explain_text(s: &Setup, e: &Explanation, lang: Lang) -> String {
    let d = &s.dataset;
    let ko = lang == Lang::Ko;
    let mut out =
        format!("{}: {}\n\n", if ko { "가중치" } else { "weights" }, s.weights.to_param(d));
    if e.intervals.is_empty() {
        out.push_str(if ko {
            "모든 가중치가 0이라 안정 구간이 없습니다.\n"
        } else {
            "every weight is 0: there is no ranking to be stable.\n"
        });
    } else {
        out.push_str(if ko {
            "안정 구간 (한 기준의 비중만 움직이고 나머지는 비율 유지)\n"
        } else {
            "Stability (one criterion's share moves, the others keep their proportions)\n"
        });
        for iv in &e.intervals {
            let label = criterion_label(d, iv.criterion, lang);
            let leader = team_name(d, iv.leader, lang);
            if ko {
                out.push_str(&format!(
                    "  {label} (현재 {}): 1위 {leader} 유지 {}",
                    percent(iv.share),
                    range_text(d, &iv.leader_range, lang)
                ));
                if e.cut > 0 {
                    out.push_str(&format!(
                        "; 상위 {} 유지 {}",
                        iv.cut,
                        range_text(d, &iv.cut_range, lang)
                    ));
                }
            } else {
                out.push_str(&format!(
                    "  {label} (now {}): {leader} stays first at {}",
                    percent(iv.share),
                    range_text(d, &iv.leader_range, lang)
                ));
                if e.cut > 0 {
                    out.push_str(&format!(
                        "; top {} unchanged at {}",
                        iv.cut,
                        range_text(d, &iv.cut_range, lang)
                    ));
                }
            }
            out.push('\n');
        }
    }
    out.push('\n');
    out.push_str(if ko {
        "필요한 가중치 변화 (최소 이동)\n"
    } else {
        "What it takes (smallest change of weights)\n"
    });
    for w in &e.takes {
        let name = team_name(d, w.team, lang);
        let first = reach_text(d, &w.first, lang);
        let approx = if w.exact {
            ""
        } else if ko {
            " (근사)"
        } else {
            " (approximate)"
        };
        if ko {
            out.push_str(&format!("  {name}: 1위 — {first}"));
            if e.cut > 0 {
                out.push_str(&format!("; 상위 {} — {}", w.cut_size, reach_text(d, &w.cut, lang)));
            }
        } else {
            out.push_str(&format!("  {name}: first — {first}"));
            if e.cut > 0 {
                out.push_str(&format!("; top {} — {}", w.cut_size, reach_text(d, &w.cut, lang)));
            }
        }
        out.push_str(approx);
        out.push('\n');
    }
    out.push('\n');
    let a = &e.accept;
    out.push_str(&if ko {
        format!(
            "순위 수용도 (무작위 가중치 {}개, seed {}, 표준오차 ≤ {:.1}%p)\n",
            a.samples,
            a.seed,
            a.std_error * 100.0
        )
    } else {
        format!(
            "Rank acceptability ({} random weightings, seed {}, standard error ≤ {:.1} points)\n",
            a.samples,
            a.seed,
            a.std_error * 100.0
        )
    });
    let teams: Vec<usize> = e.takes.iter().map(|w| w.team).collect();
    for t in teams {
        let first = a.rank_share.get(t).and_then(|r| r.first()).copied().unwrap_or(0.0);
        let name = team_name(d, t, lang);
        if ko {
            out.push_str(&format!("  {name}: 1위 {}", percent(first)));
            if e.cut > 0 {
                out.push_str(&format!(", 상위 {} {}", e.cut, percent(top_share(a, t, e.cut))));
            }
        } else {
            out.push_str(&format!("  {name}: first {}", percent(first)));
            if e.cut > 0 {
                out.push_str(&format!(", top {} {}", e.cut, percent(top_share(a, t, e.cut))));
            }
        }
        out.push('\n');
    }
    out
}

fn range_json(d: &Dataset, r: &ShareRange) -> Value {
    let edge = |e: &kai_engine::sensitivity::Edge| {
        json!({
            "share": e.share,
            "inclusive": e.inclusive,
            "takeover": e.takeover.and_then(|t| d.teams.get(t)).map(|t| t.id.clone()),
            "displaced": e.displaced.and_then(|t| d.teams.get(t)).map(|t| t.id.clone()),
        })
    };
    json!({ "lo": edge(&r.lo), "hi": edge(&r.hi) })
}

fn explain_json(s: &Setup, e: &Explanation) -> Value {
    let d = &s.dataset;
    let id = |t: usize| d.teams.get(t).map_or(String::new(), |t| t.id.clone());
    let crit = |c: usize| d.criteria.get(c).map_or(String::new(), |c| c.id.clone());
    json!({
        "weights": by_criterion(d, s.weights.raw()),
        "cut": e.cut,
        "stability": e.intervals.iter().map(|iv| json!({
            "criterion": crit(iv.criterion),
            "share": iv.share,
            "leader": id(iv.leader),
            "leader_range": range_json(d, &iv.leader_range),
            "top": ids(d, &iv.top),
            "cut_range": range_json(d, &iv.cut_range),
            "rest_fallback": iv.rest_fallback,
        })).collect::<Vec<_>>(),
        "what_it_takes": e.takes.iter().map(|w| json!({
            "team": id(w.team),
            "first": reach_json(d, &w.first),
            "cut": reach_json(d, &w.cut),
            "cut_size": w.cut_size,
            "exact": w.exact,
        })).collect::<Vec<_>>(),
        "acceptability": {
            "samples": e.accept.samples,
            "seed": e.accept.seed,
            "std_error": e.accept.std_error,
            "rank_share": e.accept.rank_share.iter().enumerate()
                .map(|(t, row)| (id(t), json!(row)))
                .collect::<serde_json::Map<String, Value>>(),
        },
    })
}

// ---- main ------------------------------------------------------------------------------

/// What to print where, and the exit status; `main` does the I/O (tests call [`run`]).
struct Outcome {
    stdout: String,
    stderr: String,
    code: u8,
}

fn usage_error(e: &ArgError) -> Outcome {
    Outcome { stdout: String::new(), stderr: format!("error: {e}\n\n{USAGE}"), code: 2 }
}

fn problems_outcome(problems: &[Problem], lang: Lang) -> Outcome {
    let mut stdout = String::new();
    for p in problems {
        stdout.push_str(&p.message(lang));
        stdout.push('\n');
    }
    let stderr = if lang == Lang::Ko {
        format!("문제 {}개\n", problems.len())
    } else {
        format!("{} problem(s)\n", problems.len())
    };
    Outcome { stdout, stderr, code: 1 }
}

fn run(raw: &[OsString]) -> Outcome {
    let args = match parse_args(raw) {
        Ok(Parsed::Help) => {
            return Outcome { stdout: USAGE.to_string(), stderr: String::new(), code: 0 };
        }
        Ok(Parsed::Run(a)) => a,
        Err(e) => return usage_error(&e),
    };
    let lang = args.lang;
    let dataset = match load(args.file.as_deref()) {
        Ok(d) => d,
        Err(problems) => return problems_outcome(&problems, lang),
    };
    if args.command == CommandName::Validate {
        let (n, k) = (dataset.teams.len(), dataset.criteria.len());
        let stdout = if lang == Lang::Ko {
            format!("ok: 팀 {n}개, 기준 {k}개\n")
        } else {
            format!("ok: {n} teams, {k} criteria\n")
        };
        return Outcome { stdout, stderr: String::new(), code: 0 };
    }
    let team = match &args.team {
        Some(id) => match dataset.team_index(id) {
            Some(t) => Some(t),
            None => {
                let known = dataset.teams.iter().map(|t| t.id.clone()).collect();
                return usage_error(&ArgError::UnknownTeam { id: id.clone(), known });
            }
        },
        None => None,
    };
    let s = match setup(&args, dataset) {
        Ok(s) => s,
        Err(e) => return usage_error(&e),
    };
    let stdout = match args.command {
        CommandName::Explain => {
            let e = explain(
                &s,
                team,
                args.samples.unwrap_or(DEFAULT_SAMPLES),
                args.seed.unwrap_or(DEFAULT_SEED),
            );
            if args.json {
                explain_json(&s, &e).to_string() + "\n"
            } else {
                explain_text(&s, &e, lang)
            }
        }
        _ => {
            let ranking = rank(&s.dataset, &s.weights);
            let cmp = s.cut.as_ref().map(|c| compare_cut(&s.dataset, &ranking, c));
            if args.json {
                rank_json(&s, &ranking, cmp.as_ref(), lang).to_string() + "\n"
            } else {
                rank_text(&s, &ranking, cmp.as_ref(), lang)
            }
        }
    };
    Outcome { stdout, stderr: String::new(), code: 0 }
}

fn main() -> ExitCode {
    let raw: Vec<OsString> = std::env::args_os().skip(1).collect();
    let outcome = run(&raw);
    // A closed pipe (`kai-rank rank | head`) is not an error worth a panic.
    let _ = io::stdout().lock().write_all(outcome.stdout.as_bytes());
    let _ = io::stderr().lock().write_all(outcome.stderr.as_bytes());
    ExitCode::from(outcome.code)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn parses_options_in_both_spellings() {
        let Ok(Parsed::Run(a)) =
            parse_args(&args(&["rank", "f.json", "--weights=1,2", "--cut", "3", "--lang", "en"]))
        else {
            panic!("should parse")
        };
        assert_eq!(a.file.as_deref(), Some("f.json"));
        assert_eq!(a.weights.as_deref(), Some("1,2"));
        assert_eq!(a.cut, Some(3));
        assert_eq!(a.lang, Lang::En);
    }

    #[test]
    fn argument_mistakes_are_typed() {
        assert_eq!(parse_args(&args(&[])), Err(ArgError::NoCommand));
        assert_eq!(parse_args(&args(&["rnak"])), Err(ArgError::UnknownCommand("rnak".into())));
        assert_eq!(parse_args(&args(&["rank", "--cut"])), Err(ArgError::MissingValue("--cut")));
        assert_eq!(
            parse_args(&args(&["rank", "--cut", "five"])),
            Err(ArgError::BadNumber { option: "--cut", value: "five".into() })
        );
        assert_eq!(
            parse_args(&args(&["validate", "--json"])),
            Err(ArgError::NotForCommand { option: "--json", command: "validate" })
        );
        assert_eq!(
            parse_args(&args(&["rank", "a", "b"])),
            Err(ArgError::ExtraArgument("b".into()))
        );
        assert_eq!(
            parse_args(&args(&["rank", "--lang", "fr"])),
            Err(ArgError::BadLang("fr".into()))
        );
        assert_eq!(
            parse_args(&args(&["rank", "--preset", "x", "--weights", "1"])),
            Err(ArgError::WeightsAndPreset)
        );
        assert_eq!(
            parse_args(&args(&["rank", "--json", "--json"])),
            Err(ArgError::Repeated("--json"))
        );
        assert_eq!(parse_args(&args(&["rank", "-x"])), Err(ArgError::UnknownOption("-x".into())));
        assert_eq!(parse_args(&args(&["rank", "--help"])), Ok(Parsed::Help));
    }

    #[test]
    fn hangul_takes_two_columns() {
        assert_eq!(display_width("KT"), 2);
        assert_eq!(display_width("카카오"), 6);
        assert_eq!(pad("팀", 4, Align::Left), "팀  ");
    }
}
