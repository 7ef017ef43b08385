//! Assembly: resolves labels to word offsets, lays out inline-cache words, computes the
//! maximum stack depth by flow analysis (which also gives every handler region its depth)
//! and builds the zero-cost exception table from the per-instruction handler marks.

use std::rc::Rc;

use ferrython_bytecode::opcode::{MAX_ARG, encode};
use ferrython_bytecode::{CodeFlags, CodeObject, ExceptionEntry, Location, Opcode};

use crate::optimize::is_terminal;
use crate::unit::{InstrKind, Unit};

/// Tags on deref-style arguments before the final slot numbering is known.
pub const CELL_TAG: u32 = 1 << 23;
pub const FREE_TAG: u32 = 1 << 22;

fn uses_slot(op: Opcode) -> bool {
    matches!(
        op,
        Opcode::LOAD_DEREF
            | Opcode::STORE_DEREF
            | Opcode::DELETE_DEREF
            | Opcode::LOAD_CLOSURE
            | Opcode::LOAD_CLASSDEREF
    )
}

pub fn assemble(
    mut unit: Unit,
    filename: &Rc<str>,
    cell_args: Vec<Option<u32>>,
) -> Result<CodeObject, String> {
    crate::optimize::optimize(&mut unit);
    let n = unit.instrs.len();
    let label_pos: Vec<usize> = unit.labels.iter().map(|l| l.unwrap_or(n)).collect();

    // Word offsets of every instruction (pseudo-instructions occupy no words).
    let mut offsets = Vec::with_capacity(n + 1);
    let mut w = 0usize;
    for ins in &unit.instrs {
        offsets.push(w);
        if let InstrKind::Op(op) = ins.kind {
            w += 1 + op.cache_words();
        }
    }
    offsets.push(w);

    // Stack depth analysis.
    let mut depth: Vec<i32> = vec![-1; n + 1];
    let mut work: Vec<(usize, i32)> = vec![(0, 0)];
    let mut max_depth = 0i32;
    while let Some((mut i, mut d)) = work.pop() {
        while i < n {
            if depth[i] >= 0 {
                break;
            }
            depth[i] = d;
            max_depth = max_depth.max(d);
            let ins = &unit.instrs[i];
            match ins.kind {
                InstrKind::Setup(h) => {
                    let hd = &unit.handlers[h.0 as usize];
                    let t = label_pos[hd.target.0 as usize];
                    work.push((t, d - hd.below as i32 + 1 + hd.push_lasti as i32));
                }
                InstrKind::Op(op) => {
                    if let Some(t) = ins.target
                        && op.is_jump()
                    {
                        let jd = d + op.stack_effect(ins.arg, true);
                        work.push((label_pos[t.0 as usize], jd));
                    }
                    d += op.stack_effect(ins.arg, false);
                    if d < 0 {
                        return Err(format!(
                            "stack underflow at {} in {}",
                            op.name(),
                            unit.qualname
                        ));
                    }
                    max_depth = max_depth.max(d);
                    if is_terminal(op) {
                        break;
                    }
                }
            }
            i += 1;
        }
    }

    let nvar = unit.varnames.len() as u32;
    let ncell = unit.cellvars.len() as u32;
    let mut code = Vec::with_capacity(w);
    let mut locations = Vec::with_capacity(w);
    let mut table: Vec<ExceptionEntry> = Vec::new();
    for (i, ins) in unit.instrs.iter().enumerate() {
        let InstrKind::Op(op) = ins.kind else {
            continue;
        };
        let mut arg = ins.arg;
        if let Some(t) = ins.target {
            arg = offsets[label_pos[t.0 as usize]] as u32;
        }
        if uses_slot(op) {
            if arg & CELL_TAG != 0 {
                arg = nvar + (arg & !CELL_TAG);
            } else if arg & FREE_TAG != 0 {
                arg = nvar + ncell + (arg & !FREE_TAG);
            }
        }
        if arg > MAX_ARG {
            return Err("instruction argument too large".into());
        }
        let start = code.len() as u32;
        code.push(encode(op, arg));
        locations.push(ins.loc);
        for _ in 0..op.cache_words() {
            code.push(0);
            locations.push(ins.loc);
        }
        if depth[i] < 0 {
            // Unreachable instruction: it never raises, so it needs no handler.
            continue;
        }
        if let Some(h) = ins.handler {
            let hd = &unit.handlers[h.0 as usize];
            let target = offsets[label_pos[hd.target.0 as usize]] as u32;
            let hdepth = (depth[hd.setup_instr] - hd.below as i32).max(0) as u32;
            let end = code.len() as u32;
            match table.last_mut() {
                Some(e) if e.end == start && e.target == target && e.depth == hdepth => e.end = end,
                _ => table.push(ExceptionEntry {
                    start,
                    end,
                    target,
                    depth: hdepth,
                    push_lasti: hd.push_lasti,
                }),
            }
        }
    }
    if locations.is_empty() {
        locations.push(Location::default());
    }

    Ok(CodeObject {
        name: unit.name,
        qualname: unit.qualname,
        filename: filename.clone(),
        first_line: unit.first_line,
        argcount: unit.argcount,
        posonlyargcount: unit.posonlyargcount,
        kwonlyargcount: unit.kwonlyargcount,
        flags: CodeFlags(unit.flags),
        code,
        consts: unit.consts,
        names: unit.names,
        varnames: unit.varnames,
        cellvars: unit.cellvars,
        freevars: unit.freevars,
        cell_args,
        locations,
        exception_table: table,
        max_stack: max_depth as u32 + 2,
        docstring: unit.docstring,
        warnings: Vec::new(),
    })
}
