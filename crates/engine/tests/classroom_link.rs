//! A classroom dataset in a share link (`kai_engine::classroom::link`): the 4-city example of
//! issue #15 goes out and comes back the same, and everything a URL can bring is refused by name.

use kai_engine::classroom::link::{LinkError, MAX_PARAM_CHARS, decode, encode};
use kai_engine::classroom::{CriterionScale, Direction, Scaling, build, parse_table};
use kai_engine::text::Lang;

const CITIES: &str = include_str!("../../../tests/fixtures/classroom-cities.tsv");

fn cities(scaling: Scaling) -> kai_engine::model::Dataset {
    let table = parse_table(CITIES).unwrap();
    let dirs = [Direction::HigherIsBetter, Direction::LowerIsBetter, Direction::HigherIsBetter];
    let units = ["%", "분", "점"];
    let scales: Vec<CriterionScale> = (0..3)
        .map(|c| CriterionScale { unit: units[c].into(), direction: dirs[c], scaling })
        .collect();
    build(&table, &scales).unwrap()
}

#[test]
fn the_four_cities_travel_in_a_short_link_and_come_back_the_same() {
    for scaling in [Scaling::MinMax, Scaling::Rank] {
        let d = cities(scaling);
        let param = encode(&d).unwrap();
        assert!(param.starts_with("1."));
        // URL-safe as it is: no escaping needed in a query.
        assert!(param[2..].bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        // Short enough for any chat app (measured: about 200 characters).
        assert!(param.len() < 300, "{} characters", param.len());
        eprintln!("{scaling:?}: {} characters", param.len());
        assert_eq!(decode(&param).unwrap(), d, "{scaling:?}");
    }
}

#[test]
fn what_a_url_can_bring_is_refused_by_name() {
    let param = encode(&cities(Scaling::MinMax)).unwrap();
    // Cut short, as a chat app may do.
    assert_eq!(decode(&param[..param.len() / 2]), Err(LinkError::Damaged));
    assert_eq!(decode("2.abc"), Err(LinkError::Damaged), "another version");
    assert_eq!(decode("1.%%%"), Err(LinkError::Damaged));
    let long = "A".repeat(MAX_PARAM_CHARS + 1);
    assert_eq!(decode(&long), Err(LinkError::TooLong { chars: MAX_PARAM_CHARS + 1 }));
    assert_eq!(
        LinkError::TooLong { chars: 9000 }.message(Lang::Ko),
        "링크 속 데이터가 너무 깁니다(9000자, 최대 8000자)."
    );
    assert_eq!(
        LinkError::Damaged.message(Lang::En),
        "The data in the link is damaged; check that the link was not cut short."
    );
}

#[test]
fn only_classroom_data_travels_in_a_link() {
    let kai = kai_engine::validate::parse_json(kai_engine::KAI_2025_JSON)
        .and_then(kai_engine::validate::check)
        .unwrap();
    assert_eq!(encode(&kai), Err(LinkError::NotClassroom));
}

/// "Download current data" saves a classroom dataset as JSON ([`to_json`]); the widget's
/// loader (serde, then `validate::check`) reads it back to the same dataset: names, raw values,
/// directions, scalings and units, hence the same ranking. Names with quotes, backslashes and
/// non-ASCII letters come back as written.
#[test]
fn the_downloaded_json_reads_back_to_the_same_dataset() {
    use kai_engine::classroom::to_json;
    for scaling in [Scaling::MinMax, Scaling::Rank, Scaling::Raw] {
        let d = if scaling == Scaling::Raw {
            // Raw needs 0–10 columns: the satisfaction column alone, twice over.
            let t =
                parse_table("도시\t만족\t\"평가\" 점수\n가\\람\t6\t2.5\nB \"b\"\t8\t\n").unwrap();
            let raw = CriterionScale { unit: "점".into(), scaling, ..Default::default() };
            build(&t, &[raw.clone(), raw]).unwrap()
        } else {
            cities(scaling)
        };
        let json = to_json(&d).unwrap();
        let back = kai_engine::validate::parse_json(&json)
            .and_then(kai_engine::validate::check)
            .unwrap_or_else(|p| panic!("{p:?}\n{json}"));
        assert_eq!(back, d, "{json}");
        // And the link still works from what came back.
        assert_eq!(decode(&encode(&back).unwrap()).unwrap(), d);
    }
    let kai = kai_engine::validate::parse_json(kai_engine::KAI_2025_JSON)
        .and_then(kai_engine::validate::check)
        .unwrap();
    assert_eq!(to_json(&kai), None, "the K-AI data downloads as its own file");
}
