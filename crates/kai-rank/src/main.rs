//! `kai-rank`: the K-AI 2025 ranking from a terminal — validate a dataset, rank it under your
//! own weights against the real selection, and explain how stable that ranking is.
//!
//! Why a CLI next to the widget: data editors validate files before publishing, and reporters
//! want a table they can paste. It is a thin shell: [`args`] parses the command line,
//! [`output`] lays out tables and JSON, and every word, number format, preset lookup and cut
//! line comes from `kai_engine`, so the CLI says what the widget says. Nothing printed from a
//! file reaches the terminal unescaped ([`kai_engine::text::terminal_safe`]).
//! Exit status: 0 ok, 1 the data has problems or cannot be read, 2 bad arguments.

mod args;
mod output;

use std::ffi::OsString;
use std::io::{self, Read, Write};
use std::process::ExitCode;

use kai_engine::KAI_2025_JSON;
use kai_engine::i18n::cli::{self as words, Cli, CliError};
use kai_engine::model::Dataset;
use kai_engine::rank::{Gates, ScoreMatrix, Weights, compare_cut, rank_in};
use kai_engine::round::{gates_from_map, parse_gates, scope};
use kai_engine::sensitivity::{acceptability, stability_intervals, what_it_takes};
use kai_engine::text::{Lang, terminal_safe};
use kai_engine::validate::{MAX_BYTES, Problem, ProblemKind, ROOT_PATH, parse_json_bytes};

use args::{Args, CommandName, Parsed, parse_args, requested_lang};
use output::{Explanation, Setup};

/// Random weightings drawn by `explain` unless `--samples` says otherwise.
const DEFAULT_SAMPLES: usize = 10_000;
/// Default seed, so two runs print the same acceptability figures.
const DEFAULT_SEED: u64 = 2025;

/// Reads FILE (or stdin for `-`, or the built-in data), refusing more than [`MAX_BYTES`]
/// without reading it all (the size is the file's, when it has one).
fn read_input(file: Option<&str>, lang: Lang) -> Result<Vec<u8>, Problem> {
    let io_problem = |what: &str, e: io::Error| {
        let message = words::cannot_read(lang, what, &e.to_string());
        Problem::new(ROOT_PATH, ProblemKind::Type { message })
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
                .map_err(|e| io_problem(Cli::StandardInput.get(lang), e))?;
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

/// Resolves `--weights`/`--preset`, `--round`, `--gate` and `--cut` with the engine's own
/// lookups (the widget's state uses the same `Dataset::preset`, `default_round`, `round_cut`
/// and `round::parse_gates`). A preset brings its requirements and its round, as in the widget.
fn setup(args: &Args, dataset: Dataset) -> Result<Setup, CliError> {
    let mut preset_round = None;
    let mut gates = vec![None; dataset.criteria.len()];
    let weights = if let Some(w) = &args.weights {
        Weights::parse(&dataset, w).map_err(|e| CliError::Weights(e, args.lang))?
    } else if let Some(id) = &args.preset {
        let Some(preset) = dataset.preset(id) else {
            let known = dataset.presets.iter().map(|p| p.id.clone()).collect();
            return Err(CliError::UnknownPreset { id: id.clone(), known });
        };
        preset_round = preset.round.clone();
        gates = gates_from_map(&dataset, &preset.gates).minimums().to_vec();
        Weights::from_preset(&dataset, preset).map_err(|e| CliError::Weights(e, args.lang))?
    } else {
        Weights::equal(dataset.criteria.len())
    };
    let round = match args.round.as_deref().or(preset_round.as_deref()) {
        Some(id) => match dataset.round(id) {
            Some(r) => Some(r.clone()),
            None => {
                let known = dataset.rounds.iter().map(|r| r.id.clone()).collect();
                return Err(CliError::UnknownRound { id: id.to_string(), known });
            }
        },
        None => dataset.default_round().cloned(),
    };
    if let Some(g) = &args.gate {
        gates = parse_gates(&dataset, g).map_err(|e| CliError::Gates(e, args.lang))?;
    }
    let teams = dataset.teams.len();
    let size = match args.cut {
        Some(n) if n == 0 || n > teams => return Err(CliError::CutOutOfRange { n, teams }),
        Some(n) => n,
        None => dataset.round_cut(round.as_ref()),
    };
    let scope = scope(&dataset, round.as_ref());
    Ok(Setup { dataset, weights, round, size, gates: Gates::new(gates), scope })
}

/// What to print where, and the exit status; `main` does the I/O.
struct Outcome {
    stdout: String,
    stderr: String,
    code: u8,
}

impl Outcome {
    fn ok(stdout: String) -> Outcome {
        Outcome { stdout, stderr: String::new(), code: 0 }
    }
}

fn usage_error(e: &CliError, lang: Lang) -> Outcome {
    let line = words::error_line(lang, &terminal_safe(&e.message(lang)));
    let usage = words::usage(lang, DEFAULT_SAMPLES, DEFAULT_SEED);
    Outcome { stdout: String::new(), stderr: format!("{line}\n\n{usage}"), code: 2 }
}

fn problems_outcome(problems: &[Problem], lang: Lang) -> Outcome {
    let mut stdout = String::new();
    for p in problems {
        stdout.push_str(&terminal_safe(&p.message(lang)));
        stdout.push('\n');
    }
    let stderr = words::problem_total(lang, problems.len()) + "\n";
    Outcome { stdout, stderr, code: 1 }
}

fn run(raw: &[OsString]) -> Outcome {
    // Help and argument errors: in the language asked for, English when none (or a bad one).
    let message_lang = requested_lang(raw).unwrap_or(Lang::En);
    let args = match parse_args(raw) {
        Ok(Parsed::Help) => {
            return Outcome::ok(words::usage(message_lang, DEFAULT_SAMPLES, DEFAULT_SEED));
        }
        Ok(Parsed::Run(a)) => a,
        Err(e) => return usage_error(&e, message_lang),
    };
    let lang = args.lang;
    let dataset = match read_input(args.file.as_deref(), lang).map_err(|p| vec![p]) {
        Ok(bytes) => match parse_json_bytes(&bytes) {
            Ok(d) => d,
            Err(problems) => return problems_outcome(&problems, lang),
        },
        Err(problems) => return problems_outcome(&problems, lang),
    };
    if args.command == CommandName::Validate {
        let (n, k) = (dataset.teams.len(), dataset.criteria.len());
        return Outcome::ok(words::validate_ok(lang, n, k) + "\n");
    }
    let team = match &args.team {
        Some(id) => match dataset.team_index(id) {
            Some(t) => Some(t),
            None => {
                let known = dataset.teams.iter().map(|t| t.id.clone()).collect();
                let e = CliError::UnknownTeam { id: id.clone(), known };
                return usage_error(&e, message_lang);
            }
        },
        None => None,
    };
    let s = match setup(&args, dataset) {
        Ok(s) => s,
        Err(e) => return usage_error(&e, message_lang),
    };
    Outcome::ok(match args.command {
        CommandName::Explain => {
            // Sensitivity runs on the teams rankable under every weighting: the round's
            // participants that pass the requirements and have every score. The rest are
            // named in the output, never silently ranked.
            let team_id = team.map(|t| s.dataset.teams[t].id.clone());
            let (sub, left_out_ids) = s.explainable();
            let left_out = output::left_out_names(&s.dataset, &left_out_ids, &s.gates, lang);
            let s = sub;
            let m = ScoreMatrix::new(&s.dataset);
            let cut = s.size.min(s.dataset.teams.len().saturating_sub(1)).max(1);
            let teams: Vec<usize> = match &team_id {
                // A team left out (named in the output) has nothing to explain.
                Some(id) => s.dataset.team_index(id).into_iter().collect(),
                None => (0..s.dataset.teams.len()).collect(),
            };
            let e = Explanation {
                intervals: stability_intervals(&m, &s.weights, cut),
                takes: teams.into_iter().map(|t| what_it_takes(&m, &s.weights, t, cut)).collect(),
                accept: acceptability(
                    &m,
                    args.samples.unwrap_or(DEFAULT_SAMPLES),
                    args.seed.unwrap_or(DEFAULT_SEED),
                ),
            };
            if args.json {
                output::json_line(&output::explain_json(&s, &e, &left_out, lang))
            } else {
                output::explain_text(&s, &e, &left_out, lang)
            }
        }
        _ => {
            let ranking = rank_in(&ScoreMatrix::new(&s.dataset), &s.weights, &s.scope, &s.gates);
            let actual = s.round.as_ref().and_then(|r| r.actual.as_deref());
            let cmp = compare_cut(&s.dataset, &ranking, s.size, actual);
            if args.json {
                output::json_line(&output::rank_json(&s, &ranking, &cmp, lang))
            } else {
                output::rank_text(&s, &ranking, &cmp, lang)
            }
        }
    })
}

fn main() -> ExitCode {
    let raw: Vec<OsString> = std::env::args_os().skip(1).collect();
    let outcome = run(&raw);
    // A closed pipe (`kai-rank rank | head`) is not an error worth a panic.
    let _ = io::stdout().lock().write_all(outcome.stdout.as_bytes());
    let _ = io::stderr().lock().write_all(outcome.stderr.as_bytes());
    ExitCode::from(outcome.code)
}
