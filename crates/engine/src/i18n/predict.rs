//! Predict, then reveal (issue #15 §3): the labels of the game, the reveal's sentences
//! ("비교할 수 있는 15쌍 중 3쌍의 순서가 틀렸습니다…"), and the printable worksheet's words.
//!
//! Why a module: the game speaks of any dataset's items (cities, teams) and of pairs and
//! places, words no other view uses; every number in a sentence is passed in. No web
//! dependencies.

use super::grammar::join;
use super::pick;
use crate::classroom::predict::{Moved, Reveal};
use crate::format::fixed;
use crate::text::Lang;

/// Fixed labels of the predict-then-reveal game and its worksheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pr {
    /// How to play, one line.
    Intro,
    /// Heading of the guessed list.
    GuessH,
    /// How to move an item.
    MoveHint,
    /// Button: reveal the answer.
    Reveal,
    /// Button: start again.
    Again,
    /// Toggle: the projector view (large type).
    Projector,
    /// Button: print the worksheet.
    Print,
    /// Heading of the reveal.
    RevealH,
    /// Caption of the reveal's table.
    RevealCaption,
    /// Column: place.
    Place,
    /// Column: the guess.
    Guess,
    /// Column: the guessed item's true rank and how far it moved.
    Off,
    /// Column: the true ranking.
    Truth,
    /// After the reveal: the sliders still count.
    Follows,
    /// Nothing to predict: all weights zero or fewer than two ranked items.
    Nothing,
    /// The worksheet's heading.
    SheetH,
    /// The worksheet's instruction.
    SheetIntro,
    /// Worksheet: the weights table's caption.
    SheetWeights,
    /// Worksheet column: criterion.
    Criterion,
    /// Worksheet column: share of the total weight.
    Share,
    /// Worksheet: the items to choose from.
    SheetItems,
    /// Worksheet: caption of the empty ranking.
    SheetRanking,
    /// Worksheet: the default name-column heading when the data does not name its items.
    Name,
    /// Worksheet: a line for the pupil's name.
    Pupil,
}

impl Pr {
    /// The label in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        let (ko, en) = match self {
            Pr::Intro => (
                "아래 가중치로 순위를 매기면 어떤 순서가 될까요? 목록의 순서를 바꿔 예측한 뒤 정답을 확인하세요.",
                "What order do these weights give? Put the list in the order you predict, then reveal the answer.",
            ),
            Pr::GuessH => ("우리의 예측", "Our prediction"),
            Pr::MoveHint => (
                "이름을 끌어 옮기거나, 위로·아래로 버튼(키보드: Tab, Enter)으로 옮기세요.",
                "Drag a name, or use its up and down buttons (keyboard: Tab, Enter).",
            ),
            Pr::Reveal => ("정답 확인", "Reveal"),
            Pr::Again => ("다시 하기", "Try again"),
            Pr::Projector => ("크게 보기(프로젝터)", "Projector view"),
            Pr::Print => ("학습지 인쇄", "Print worksheet"),
            Pr::RevealH => ("정답", "The answer"),
            Pr::RevealCaption => ("예측과 실제 순위", "Our prediction and the true ranking"),
            Pr::Place => ("자리", "Place"),
            Pr::Guess => ("예측", "Prediction"),
            Pr::Off => ("실제 순위(차이)", "True rank (off by)"),
            Pr::Truth => ("실제 순위", "True ranking"),
            Pr::Follows => (
                "가중치를 바꾸면 정답과 차이가 바로 다시 계산됩니다. 예측이 맞게 되는 가중치를 찾아보세요.",
                "Move a slider and the answer and the distance follow at once: find weights that make the prediction right.",
            ),
            Pr::Nothing => (
                "예측할 순위가 없습니다. 두 개 이상의 항목에 순위가 매겨지도록 가중치를 정하세요.",
                "There is no ranking to predict: set weights that rank at least two items.",
            ),
            Pr::SheetH => ("순위 예측 학습지", "Ranking prediction worksheet"),
            Pr::SheetIntro => (
                "아래 가중치로 순위를 매기면 어떤 순서가 될지 예측해 빈칸에 적으세요.",
                "Predict the order these weights give, and write it in the blanks.",
            ),
            Pr::SheetWeights => ("가중치", "Weights"),
            Pr::Criterion => ("기준", "Criterion"),
            Pr::Share => ("비중", "Share"),
            Pr::SheetItems => ("고를 항목", "Items to choose from"),
            Pr::SheetRanking => ("나의 예측", "My prediction"),
            Pr::Name => ("이름", "Name"),
            Pr::Pupil => ("이름: ", "Name: "),
        };
        pick(lang, ko, en)
    }
}

/// "1st", "2nd", "3rd", "4th", "11th", "21st": English ordinals.
pub fn ordinal_en(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// A place: "3위" / "3rd".
pub fn place(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Ko => format!("{n}위"),
        Lang::En => ordinal_en(n),
    }
}

/// A true rank, shared when tied: "2위", "공동 2위" / "2nd", "tied 2nd".
pub fn rank(lang: Lang, m: &Moved) -> String {
    let tied = m.rank_to > m.rank;
    match (lang, tied) {
        (Lang::Ko, false) => format!("{}위", m.rank),
        (Lang::Ko, true) => format!("공동 {}위", m.rank),
        (Lang::En, false) => ordinal_en(m.rank),
        (Lang::En, true) => format!("tied {}", ordinal_en(m.rank)),
    }
}

/// "2칸" / "2 places" / "1 place".
pub fn places(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Ko => format!("{n}칸"),
        Lang::En if n == 1 => "1 place".to_string(),
        Lang::En => format!("{n} places"),
    }
}

/// The reveal table's "off" cell: "3위(2칸 차이)", "2위(맞음)" / "3rd (2 places off)",
/// "2nd (right)".
pub fn off(lang: Lang, m: &Moved) -> String {
    let r = rank(lang, m);
    match (lang, m.moved) {
        (Lang::Ko, 0) => format!("{r}(맞음)"),
        (Lang::Ko, k) => format!("{r}({} 차이)", places(lang, k)),
        (Lang::En, 0) => format!("{r} (right)"),
        (Lang::En, k) => format!("{r} ({} off)", places(lang, k)),
    }
}

/// The button moving `name` one place up: "가람시 위로" / "Move Garam up".
pub fn move_up(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Ko => format!("{name} 위로"),
        Lang::En => format!("Move {name} up"),
    }
}

/// The button moving `name` one place down: "가람시 아래로" / "Move Garam down".
pub fn move_down(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Ko => format!("{name} 아래로"),
        Lang::En => format!("Move {name} down"),
    }
}

/// Said after a move (live region): "가람시: 2위 자리" / "Garam: now 2nd".
pub fn moved_to(lang: Lang, name: &str, at: usize) -> String {
    match lang {
        Lang::Ko => format!("{name}: 이제 {at}위 자리"),
        Lang::En => format!("{name}: now {}", ordinal_en(at)),
    }
}

/// "1 pair" / "3 pairs"; "3쌍".
fn pairs(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Ko => format!("{n}쌍"),
        Lang::En if n == 1 => "1 pair".to_string(),
        Lang::En => format!("{n} pairs"),
    }
}

/// Tau with two decimals and a true minus sign: "0.33", "−1.00".
pub fn tau(value: f64) -> String {
    // `format::fixed`, not `{:.2}`: no float-formatting machinery in the wasm.
    let s = fixed(value.abs(), 2, false);
    if value < -0.005 { format!("−{s}") } else { s }
}

/// The reveal in sentences: the pairs in the wrong order (the Kendall tau distance), tau,
/// the places moved, and the ties that count either way.
///
/// "비교할 수 있는 15쌍 중 3쌍의 순서가 틀렸습니다(켄달 타우 거리 3, 타우 0.60). 예측한 자리와 실제
/// 자리의 차이를 모두 더하면 6칸입니다." / "3 of 15 pairs are in the wrong order (Kendall tau
/// distance 3, tau 0.60). The places the prediction is off by add up to 6."
pub fn distance_sentence(lang: Lang, r: &Reveal) -> String {
    let (d, p, m) = (r.distance(), r.comparable(), r.places_moved);
    let t = tau(r.tau);
    let mut out = match (lang, d) {
        (Lang::Ko, 0) => format!(
            "완벽합니다! 비교할 수 있는 {} 모두 순서가 맞았습니다(켄달 타우 거리 0, 타우 {t}).",
            pairs(lang, p)
        ),
        (Lang::En, 0) => {
            format!(
                "Perfect! All {} are in the right order (Kendall tau distance 0, tau {t}).",
                pairs(lang, p)
            )
        }
        (Lang::Ko, _) => format!(
            "비교할 수 있는 {} 중 {}의 순서가 틀렸습니다(켄달 타우 거리 {d}, 타우 {t}). 예측한 자리와 실제 자리의 차이를 모두 더하면 {}입니다.",
            pairs(lang, p),
            pairs(lang, d),
            places(lang, m)
        ),
        (Lang::En, _) => format!(
            "{d} of {} {} in the wrong order (Kendall tau distance {d}, tau {t}). The places the prediction is off by add up to {m}.",
            pairs(lang, p),
            if d == 1 { "is" } else { "are" }
        ),
    };
    if r.tied > 0 {
        out.push(' ');
        out.push_str(&match lang {
            Lang::Ko => format!(
                "점수가 같은 {}은 어느 쪽 순서로 두어도 맞는 것으로 셉니다.",
                pairs(lang, r.tied)
            ),
            Lang::En => format!(
                "{} with equal totals {} right either way.",
                pairs(lang, r.tied).replace("pair", "tied pair"),
                if r.tied == 1 { "counts as" } else { "count as" }
            ),
        });
    }
    out
}

/// What moved most: "가장 크게 빗나간 항목(2칸 차이): 가람시(예측 1위, 실제 3위)." / "Moved most
/// (2 places): Garam (predicted 1st, really 3rd)."; `None` when nothing moved. `name` gives
/// an item's name.
pub fn moved_most_sentence(
    lang: Lang,
    most: &[Moved],
    name: impl Fn(usize) -> String,
) -> Option<String> {
    let k = most.first()?.moved;
    let each: Vec<String> = most
        .iter()
        .map(|m| match lang {
            Lang::Ko => {
                format!("{}(예측 {}, 실제 {})", name(m.item), place(lang, m.guessed), rank(lang, m))
            }
            Lang::En => format!(
                "{} (predicted {}, really {})",
                name(m.item),
                place(lang, m.guessed),
                rank(lang, m)
            ),
        })
        .collect();
    let list: Vec<&str> = each.iter().map(String::as_str).collect();
    Some(match lang {
        Lang::Ko => {
            format!("가장 크게 빗나간 항목({} 차이): {}.", places(lang, k), list.join(", "))
        }
        Lang::En => format!("Moved most ({}): {}.", places(lang, k), join(lang, &list)),
    })
}

/// Items left out of the game (no rank with these weights): "항목 2개는 이 가중치로 순위가
/// 없어(빠진 점수) 예측에서 뺐습니다: 카카오·코난." / "Left out (no rank with these weights:
/// missing scores): Kakao and Konan."
pub fn left_out(lang: Lang, names: &[&str]) -> String {
    match lang {
        Lang::Ko => format!(
            "항목 {}개는 이 가중치로 순위가 없어(빠진 점수) 예측에서 뺐습니다: {}.",
            names.len(),
            join(lang, names)
        ),
        Lang::En => {
            format!("Left out (no rank with these weights: missing scores): {}.", join(lang, names))
        }
    }
}

/// The worksheet's instruction with the item count: "도시 4개의 순위를 예측해 적으세요." / "Rank the
/// 4 items."; `what` is the data's word for its items, if any.
pub fn sheet_count(lang: Lang, what: Option<&str>, n: usize) -> String {
    match (lang, what) {
        (Lang::Ko, Some(w)) => {
            format!("{w} {n}개를 1위부터 {n}위까지 적으세요.")
        }
        (Lang::Ko, None) => format!("{n}개 항목을 1위부터 {n}위까지 적으세요."),
        (Lang::En, _) => format!("Write the {n} items in order, from 1st to {}.", ordinal_en(n)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classroom::predict::{compare, strict};

    #[test]
    fn ordinals() {
        let got: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(ordinal_en).to_vec();
        assert_eq!(
            got,
            ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th"]
        );
    }

    /// Truth A B C D, guess B A D C: D = 2 of 6, tau (4 − 2) / 6 = 0.33, places 4.
    #[test]
    fn distance_sentences() {
        let r = compare(&strict(&[0, 1, 2, 3]), &[1, 0, 3, 2]).unwrap();
        assert_eq!(
            distance_sentence(Lang::Ko, &r),
            "비교할 수 있는 6쌍 중 2쌍의 순서가 틀렸습니다(켄달 타우 거리 2, 타우 0.33). 예측한 자리와 실제 자리의 차이를 모두 더하면 4칸입니다."
        );
        assert_eq!(
            distance_sentence(Lang::En, &r),
            "2 of 6 pairs are in the wrong order (Kendall tau distance 2, tau 0.33). The places the prediction is off by add up to 4."
        );
        // Reversed: D = 6 of 6, tau −1.
        let r = compare(&strict(&[0, 1, 2, 3]), &[3, 2, 1, 0]).unwrap();
        assert!(distance_sentence(Lang::En, &r).contains("tau −1.00"));
    }

    #[test]
    fn a_perfect_guess_with_a_tie() {
        let r = compare(&[vec![0], vec![1, 2]], &[0, 2, 1]).unwrap();
        assert_eq!(
            distance_sentence(Lang::Ko, &r),
            "완벽합니다! 비교할 수 있는 2쌍 모두 순서가 맞았습니다(켄달 타우 거리 0, 타우 1.00). 점수가 같은 1쌍은 어느 쪽 순서로 두어도 맞는 것으로 셉니다."
        );
        assert_eq!(
            distance_sentence(Lang::En, &r),
            "Perfect! All 2 pairs are in the right order (Kendall tau distance 0, tau 1.00). 1 tied pair with equal totals counts as right either way."
        );
        assert_eq!(moved_most_sentence(Lang::Ko, &r.moved_most(), |i| i.to_string()), None);
    }

    #[test]
    fn moved_most_names_each_item() {
        // Truth 0 1 2, guess 2 1 0: 2 and 0 moved two places, 1 none.
        let r = compare(&strict(&[0, 1, 2]), &[2, 1, 0]).unwrap();
        let names = ["가람시", "나래시", "다솜시"];
        assert_eq!(
            moved_most_sentence(Lang::Ko, &r.moved_most(), |i| names[i].to_string()).unwrap(),
            "가장 크게 빗나간 항목(2칸 차이): 다솜시(예측 1위, 실제 3위), 가람시(예측 3위, 실제 1위)."
        );
        let names = ["Garam", "Narae", "Dasom"];
        assert_eq!(
            moved_most_sentence(Lang::En, &r.moved_most(), |i| names[i].to_string()).unwrap(),
            "Moved most (2 places): Dasom (predicted 1st, really 3rd) and Garam (predicted 3rd, really 1st)."
        );
        let tied = Moved { item: 0, guessed: 5, rank: 2, rank_to: 3, moved: 2 };
        assert_eq!(off(Lang::Ko, &tied), "공동 2위(2칸 차이)");
        assert_eq!(off(Lang::En, &tied), "tied 2nd (2 places off)");
    }

    #[test]
    fn labels_and_counts() {
        assert_eq!(move_up(Lang::Ko, "가람시"), "가람시 위로");
        assert_eq!(move_down(Lang::En, "Garam"), "Move Garam down");
        assert_eq!(sheet_count(Lang::Ko, Some("도시"), 4), "도시 4개를 1위부터 4위까지 적으세요.");
        assert_eq!(sheet_count(Lang::En, None, 4), "Write the 4 items in order, from 1st to 4th.");
        assert_eq!(
            left_out(Lang::Ko, &["카카오", "코난"]),
            "항목 2개는 이 가중치로 순위가 없어(빠진 점수) 예측에서 뺐습니다: 카카오·코난."
        );
    }
}
