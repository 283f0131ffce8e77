//! The classroom tab (수업, issue 15): its headings and one-line explanations.
//!
//! Why its own module: the classroom's views (own data, winner map, contributions, predict then
//! reveal) speak of "items" and "criteria" of any dataset, not of the K-AI teams; keeping their
//! words apart keeps the K-AI wording in [`super::ui`] untouched. No web dependencies.

use super::pick;
use crate::text::Lang;

/// Fixed labels of the classroom tab.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cl {
    /// Tab: the classroom.
    Tab,
    /// One line under the tab.
    Intro,
    /// Section heading: your own data.
    DataH,
    /// Section heading: who can win, and where.
    WhoH,
    /// Section heading: predict, then reveal.
    PredictH,
}

impl Cl {
    /// The label in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        let (ko, en) = match self {
            Cl::Tab => ("수업", "Classroom"),
            Cl::Intro => (
                "표를 붙여 넣어 우리 반 데이터로 순위를 매기고, 가중치가 승자를 어떻게 정하는지 예측하고 확인해 보세요.",
                "Paste a table to rank your own data, and predict, then check, how the weights decide the winner.",
            ),
            Cl::DataH => ("1. 우리 데이터", "1. Your data"),
            Cl::WhoH => ("2. 누가, 어디서 1위가 되나", "2. Who can win, and where"),
            Cl::PredictH => ("3. 예측하고 확인하기", "3. Predict, then reveal"),
        };
        pick(lang, ko, en)
    }
}
