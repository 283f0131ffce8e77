//! Why a dataset fetched from another URL (`data-src`) could not be used, in both languages.
//!
//! Why a module: the checks and the error type live in [`crate::remote`]; the sentences a
//! page author reads inside the widget live here with every other sentence.

use crate::remote::LoadError;
use crate::text::Lang;

/// The one-sentence headline of a load error.
pub fn load_headline(lang: Lang, error: &LoadError) -> String {
    match (error, lang) {
        (LoadError::Network { .. }, Lang::Ko) => {
            "자료 파일을 받지 못했습니다 (네트워크 오류이거나 다른 사이트가 허용하지 않았습니다).".into()
        }
        (LoadError::Network { .. }, Lang::En) => {
            "The data file could not be fetched (network error, or the other site does not allow it).".into()
        }
        (LoadError::Http { status, .. }, Lang::Ko) => {
            format!("자료 파일을 받지 못했습니다: 서버가 HTTP {status} 오류로 답했습니다.")
        }
        (LoadError::Http { status, .. }, Lang::En) => {
            format!("The data file could not be fetched: the server answered HTTP {status}.")
        }
        (LoadError::Timeout { seconds, .. }, Lang::Ko) => {
            format!("자료 파일이 {seconds}초 안에 다 오지 않아 받기를 멈췄습니다.")
        }
        (LoadError::Timeout { seconds: 1, .. }, Lang::En) => {
            "The data file did not arrive within 1 second, so loading stopped.".into()
        }
        (LoadError::Timeout { seconds, .. }, Lang::En) => {
            format!("The data file did not arrive within {seconds} seconds, so loading stopped.")
        }
        (LoadError::NotJson { .. }, Lang::Ko) => {
            "자료 파일이 JSON이 아니라 웹 페이지(HTML)입니다. 주소를 확인하세요.".into()
        }
        (LoadError::NotJson { .. }, Lang::En) => {
            "The data file is a web page (HTML), not JSON. Check the address.".into()
        }
        (LoadError::Invalid { problems, .. }, Lang::Ko) => {
            format!("자료 파일에 문제가 {}개 있어 보여 줄 수 없습니다.", problems.len())
        }
        (LoadError::Invalid { problems, .. }, Lang::En) => match problems.len() {
            1 => "The data file has 1 problem, so it cannot be shown.".into(),
            n => format!("The data file has {n} problems, so it cannot be shown."),
        },
    }
}

/// The last line of a cut problem list: "… 외 3개" / "… and 3 more".
pub fn more_problems(lang: Lang, rest: usize) -> String {
    match lang {
        Lang::Ko => format!("… 외 {rest}개"),
        Lang::En => format!("… and {rest} more"),
    }
}

/// `File: <url>`, so the page author knows which attribute to fix.
pub fn source_line(lang: Lang, url: &str) -> String {
    match lang {
        Lang::Ko => format!("파일: {url}"),
        Lang::En => format!("File: {url}"),
    }
}
