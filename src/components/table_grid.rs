//! The small grid a teacher types into instead of pasting (issue #15 §1). A view of the paste
//! box's text ([`crate::classroom::Grid`]): every edit sends the whole grid back, the editor
//! writes it as text, so parsing, settings and problems are the paste's. Native text inputs,
//! each labelled with its row, column and header, so the keyboard and screen readers work
//! as in any form.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::classroom::Grid;
use crate::i18n::Cl;
use crate::i18n::classroom::grid_cell_label;
use crate::text::Lang;

/// Props of [`TableGrid`].
#[derive(Properties, Clone, PartialEq)]
pub struct TableGridProps {
    /// The cells shown.
    pub grid: Rc<Grid>,
    /// Reader's language.
    pub lang: Lang,
    /// Widget number on the page (element ids).
    pub instance: u32,
    /// The grid after an edit.
    pub on_change: Callback<Grid>,
}

/// A table of inputs and four buttons (add/remove a row/column).
#[component]
pub fn TableGrid(props: &TableGridProps) -> Html {
    let lang = props.lang;
    let grid = props.grid.clone();
    let edit = |f: fn(&mut Grid)| {
        let (grid, on_change) = (grid.clone(), props.on_change.clone());
        Callback::from(move |_: MouseEvent| {
            let mut g = (*grid).clone();
            f(&mut g);
            on_change.emit(g);
        })
    };
    let header = grid.rows.first().cloned().unwrap_or_default();
    let lid = format!("kai{}-grid-label", props.instance);
    html! {
        <div class="kai-grid" data-grid="">
            <p class="kai-note" id={lid.clone()}>{ Cl::GridLabel.get(lang) }</p>
            <div class="kai-table-scroll">
            <table class="kai-grid-table" aria-labelledby={lid}>
                <tbody>
                { for grid.rows.iter().enumerate().map(|(r, row)| html! {
                    <tr>
                    { for row.iter().enumerate().map(|(c, cell)| {
                        let (grid, on_change) = (grid.clone(), props.on_change.clone());
                        let oninput = Callback::from(move |e: InputEvent| {
                            let input: HtmlInputElement = e.target_unchecked_into();
                            let mut g = (*grid).clone();
                            g.set(r, c, input.value());
                            on_change.emit(g);
                        });
                        let label = grid_cell_label(lang, r + 1, c + 1, header.get(c).map_or("", String::as_str));
                        html! {
                            <td>
                                <input type="text" class={classes!("kai-grid-cell", (r == 0).then_some("kai-grid-head"))}
                                    data-row={(r + 1).to_string()} data-col={(c + 1).to_string()}
                                    value={cell.clone()} aria-label={label} {oninput} />
                            </td>
                        }
                    }) }
                    </tr>
                }) }
                </tbody>
            </table>
            </div>
            <div class="kai-data-buttons">
                <button type="button" data-grid-edit="add-row" onclick={edit(Grid::add_row)}>{ Cl::GridAddRow.get(lang) }</button>
                <button type="button" data-grid-edit="add-column" onclick={edit(Grid::add_column)}>{ Cl::GridAddColumn.get(lang) }</button>
                <button type="button" data-grid-edit="remove-row" onclick={edit(Grid::remove_row)}>{ Cl::GridRemoveRow.get(lang) }</button>
                <button type="button" data-grid-edit="remove-column" onclick={edit(Grid::remove_column)}>{ Cl::GridRemoveColumn.get(lang) }</button>
            </div>
        </div>
    }
}
