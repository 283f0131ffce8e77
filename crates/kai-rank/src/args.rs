//! The command line, parsed into [`Args`] before any file is read.
//!
//! Why hand-parsed (no clap, no lexopt): eight options and three commands fit in one function,
//! and every mistake becomes a typed [`CliError`] whose words live in the engine's i18n. This
//! module holds option *names* only, never a sentence.

use std::ffi::OsString;

use kai_engine::i18n::cli::CliError;
use kai_engine::text::Lang;

/// Upper bound for `--samples`, so a typo cannot hang the terminal.
pub const MAX_SAMPLES: usize = 1_000_000;

/// The three commands.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum CommandName {
    /// Check a dataset.
    Validate,
    /// Print the ranking.
    Rank,
    /// Print its sensitivity.
    Explain,
}

impl CommandName {
    /// The command as typed.
    pub fn name(self) -> &'static str {
        match self {
            CommandName::Validate => "validate",
            CommandName::Rank => "rank",
            CommandName::Explain => "explain",
        }
    }
}

/// The parsed command line, before the dataset is read.
#[derive(Debug, Clone, PartialEq)]
pub struct Args {
    /// What to do.
    pub command: CommandName,
    /// FILE (`-` for standard input); `None`: the built-in dataset.
    pub file: Option<String>,
    /// `--weights`, unparsed (the dataset is needed to read ids).
    pub weights: Option<String>,
    /// `--preset` id.
    pub preset: Option<String>,
    /// `--cut` size, checked against the dataset later.
    pub cut: Option<usize>,
    /// `--round` id, checked against the dataset later.
    pub round: Option<String>,
    /// `--gate` requirements (`criterion=minimum,…`), read against the dataset later.
    pub gate: Option<String>,
    /// `--team` id.
    pub team: Option<String>,
    /// `--samples`, 1–[`MAX_SAMPLES`].
    pub samples: Option<usize>,
    /// `--seed`.
    pub seed: Option<u64>,
    /// Output language (Korean unless `--lang` says otherwise).
    pub lang: Lang,
    /// `--json`.
    pub json: bool,
}

/// What the command line asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum Parsed {
    /// `--help`, `-h` or `help` anywhere.
    Help,
    /// A command to run.
    Run(Args),
}

fn parse_number<T: std::str::FromStr>(option: &'static str, value: &str) -> Result<T, CliError> {
    value.trim().parse().map_err(|_| CliError::BadNumber { option, value: value.to_string() })
}

/// The language given with `--lang` (in either spelling), even when the rest of the command
/// line is wrong: help and argument errors are written in it (English when none is given,
/// since scripts match those lines).
pub fn requested_lang(raw: &[OsString]) -> Option<Lang> {
    let args: Vec<&str> = raw.iter().filter_map(|a| a.to_str()).collect();
    let mut found = None;
    for (i, a) in args.iter().enumerate() {
        let value = match a.split_once('=') {
            Some(("--lang", v)) => Some(v),
            None if *a == "--lang" => args.get(i + 1).copied(),
            _ => None,
        };
        if let Some(lang) = value.and_then(Lang::parse) {
            found = Some(lang);
        }
    }
    found
}

/// Parses the arguments after the program name.
pub fn parse_args(raw: &[OsString]) -> Result<Parsed, CliError> {
    let mut args = Vec::with_capacity(raw.len());
    for a in raw {
        args.push(a.to_str().ok_or(CliError::NotUnicode)?.to_string());
    }
    if args.iter().any(|a| a == "--help" || a == "-h" || a == "help") {
        return Ok(Parsed::Help);
    }
    let Some(first) = args.first() else { return Err(CliError::NoCommand) };
    let command = match first.as_str() {
        "validate" => CommandName::Validate,
        "rank" => CommandName::Rank,
        "explain" => CommandName::Explain,
        other if other.starts_with('-') => return Err(CliError::NoCommand),
        other => return Err(CliError::UnknownCommand(other.to_string())),
    };
    let mut out = Args {
        command,
        file: None,
        weights: None,
        preset: None,
        cut: None,
        round: None,
        gate: None,
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
                return Err(CliError::UnknownOption(arg.clone()));
            }
            if out.file.is_some() {
                return Err(CliError::ExtraArgument(arg.clone()));
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
            "--round" => "--round",
            "--gate" => "--gate",
            "--team" => "--team",
            "--samples" => "--samples",
            "--seed" => "--seed",
            "--lang" => "--lang",
            "--json" => "--json",
            _ => return Err(CliError::UnknownOption(arg.clone())),
        };
        let allowed = match option {
            "--lang" => true,
            "--weights" | "--preset" | "--cut" | "--round" | "--gate" | "--json" => {
                command != CommandName::Validate
            }
            _ => command == CommandName::Explain,
        };
        if !allowed {
            return Err(CliError::NotForCommand { option, command: command.name() });
        }
        if option == "--json" {
            if inline.is_some() {
                return Err(CliError::UnknownOption(arg.clone()));
            }
            if out.json {
                return Err(CliError::Repeated(option));
            }
            out.json = true;
            continue;
        }
        let value = match inline {
            Some(v) => v,
            None => rest.next().cloned().ok_or(CliError::MissingValue(option))?,
        };
        let repeated = match option {
            "--weights" => out.weights.replace(value).is_some(),
            "--preset" => out.preset.replace(value).is_some(),
            "--team" => out.team.replace(value).is_some(),
            "--round" => out.round.replace(value).is_some(),
            "--gate" => out.gate.replace(value).is_some(),
            "--cut" => out.cut.replace(parse_number(option, &value)?).is_some(),
            "--samples" => out.samples.replace(parse_number(option, &value)?).is_some(),
            "--seed" => out.seed.replace(parse_number(option, &value)?).is_some(),
            _ => {
                out.lang = Lang::parse(&value).ok_or(CliError::BadLang(value))?;
                std::mem::replace(&mut lang_seen, true)
            }
        };
        if repeated {
            return Err(CliError::Repeated(option));
        }
    }
    if out.weights.is_some() && out.preset.is_some() {
        return Err(CliError::WeightsAndPreset);
    }
    if let Some(s) = out.samples
        && !(1..=MAX_SAMPLES).contains(&s)
    {
        return Err(CliError::BadNumber { option: "--samples", value: s.to_string() });
    }
    Ok(Parsed::Run(out))
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
    fn the_message_language_is_found_on_a_wrong_line() {
        assert_eq!(requested_lang(&args(&["rnak", "--lang", "ko"])), Some(Lang::Ko));
        assert_eq!(requested_lang(&args(&["rank", "--cut=x", "--lang=en"])), Some(Lang::En));
        assert_eq!(requested_lang(&args(&["rank", "--lang", "fr"])), None);
        assert_eq!(requested_lang(&args(&["rank"])), None);
    }

    #[test]
    fn argument_mistakes_are_typed() {
        assert_eq!(parse_args(&args(&[])), Err(CliError::NoCommand));
        assert_eq!(parse_args(&args(&["rnak"])), Err(CliError::UnknownCommand("rnak".into())));
        assert_eq!(parse_args(&args(&["rank", "--cut"])), Err(CliError::MissingValue("--cut")));
        assert_eq!(
            parse_args(&args(&["rank", "--cut", "five"])),
            Err(CliError::BadNumber { option: "--cut", value: "five".into() })
        );
        assert_eq!(
            parse_args(&args(&["validate", "--json"])),
            Err(CliError::NotForCommand { option: "--json", command: "validate" })
        );
        assert_eq!(
            parse_args(&args(&["rank", "a", "b"])),
            Err(CliError::ExtraArgument("b".into()))
        );
        assert_eq!(
            parse_args(&args(&["rank", "--lang", "fr"])),
            Err(CliError::BadLang("fr".into()))
        );
        assert_eq!(
            parse_args(&args(&["rank", "--preset", "x", "--weights", "1"])),
            Err(CliError::WeightsAndPreset)
        );
        assert_eq!(
            parse_args(&args(&["rank", "--json", "--json"])),
            Err(CliError::Repeated("--json"))
        );
        assert_eq!(parse_args(&args(&["rank", "-x"])), Err(CliError::UnknownOption("-x".into())));
        assert_eq!(parse_args(&args(&["rank", "--help"])), Ok(Parsed::Help));
    }
}
