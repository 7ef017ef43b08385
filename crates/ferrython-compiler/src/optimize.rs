//! Rewrites of a unit's instruction list before assembly that change no behaviour, the ones
//! CPython's compiler makes too (so `dis` shows the same shape):
//! - `return <constant>` is one RETURN_CONST instead of LOAD_CONST and RETURN_VALUE;
//! - a forward jump to a small block that leaves the function (`return x`) is replaced by a
//!   copy of that block, so each path returns where it is instead of jumping to a shared exit;
//! - instructions that no path reaches (code after a `return`, the implicit `return None`
//!   behind an explicit one) are removed.
//!
//! Both keep each instruction's location and handler region, so tracebacks and exception
//! handling are those of the original instructions.

use ferrython_bytecode::Opcode;

use crate::unit::{Instr, InstrKind, Unit};

/// Exit blocks of at most this many instructions are copied in place of a jump to them.
const MAX_COPY: usize = 4;

pub fn optimize(unit: &mut Unit) {
    fold_return_const(unit);
    inline_exit_blocks(unit);
    remove_unreachable(unit);
}

/// Whether control never falls through `op` to the next instruction.
pub fn is_terminal(op: Opcode) -> bool {
    matches!(
        op,
        Opcode::JUMP
            | Opcode::JUMP_BACKWARD
            | Opcode::RETURN_VALUE
            | Opcode::RETURN_CONST
            | Opcode::RAISE_VARARGS
            | Opcode::RERAISE
    )
}

/// Whether a label points at each instruction position.
fn label_positions(unit: &Unit) -> Vec<bool> {
    let mut is_label = vec![false; unit.instrs.len() + 1];
    for pos in unit.labels.iter().flatten() {
        is_label[*pos] = true;
    }
    is_label
}

/// LOAD_CONST then RETURN_VALUE (nothing jumping to the RETURN_VALUE) becomes RETURN_CONST.
fn fold_return_const(unit: &mut Unit) {
    let is_label = label_positions(unit);
    let n = unit.instrs.len();
    let mut out = Vec::with_capacity(n);
    let mut map = Vec::with_capacity(n + 1);
    let mut i = 0;
    while i < n {
        map.push(out.len());
        let ins = unit.instrs[i];
        if let InstrKind::Op(Opcode::LOAD_CONST) = ins.kind
            && let Some(next) = unit.instrs.get(i + 1)
            && matches!(next.kind, InstrKind::Op(Opcode::RETURN_VALUE))
            && !is_label[i + 1]
        {
            out.push(Instr {
                kind: InstrKind::Op(Opcode::RETURN_CONST),
                ..ins
            });
            map.push(out.len() - 1);
            i += 2;
            continue;
        }
        out.push(ins);
        i += 1;
    }
    map.push(out.len());
    if out.len() < n {
        replace_instrs(unit, out, &map);
    }
}

/// The instructions of the block starting at `start` when it is a small block that returns:
/// no jumps, no other label inside it, at most `MAX_COPY` long.
fn exit_block(unit: &Unit, is_label: &[bool], start: usize) -> Option<Vec<Instr>> {
    let end = unit.instrs.len().min(start + MAX_COPY);
    let mut block = Vec::new();
    for (k, ins) in unit.instrs.iter().enumerate().take(end).skip(start) {
        if k > start && is_label[k] {
            return None;
        }
        let InstrKind::Op(op) = ins.kind else {
            return None;
        };
        if ins.target.is_some() {
            return None;
        }
        block.push(*ins);
        if matches!(op, Opcode::RETURN_VALUE | Opcode::RETURN_CONST) {
            return Some(block);
        }
    }
    None
}

fn inline_exit_blocks(unit: &mut Unit) {
    let n = unit.instrs.len();
    let is_label = label_positions(unit);
    let mut out = Vec::with_capacity(n);
    let mut map = Vec::with_capacity(n + 1);
    for (i, ins) in unit.instrs.iter().enumerate() {
        map.push(out.len());
        if let InstrKind::Op(Opcode::JUMP) = ins.kind
            && let Some(t) = ins.target
            && let Some(start) = unit.labels[t.0 as usize]
            && start > i
            && let Some(block) = exit_block(unit, &is_label, start)
        {
            out.extend(block);
            continue;
        }
        out.push(*ins);
    }
    map.push(out.len());
    replace_instrs(unit, out, &map);
}

/// Drops the operations no path from the entry reaches. Handler setups take no room and are
/// kept, so handler regions keep their setup points.
fn remove_unreachable(unit: &mut Unit) {
    let n = unit.instrs.len();
    let mut reached = vec![false; n + 1];
    let mut work = vec![0usize];
    while let Some(mut i) = work.pop() {
        while i < n && !reached[i] {
            reached[i] = true;
            let ins = &unit.instrs[i];
            match ins.kind {
                InstrKind::Setup(h) => {
                    let target = unit.handlers[h.0 as usize].target;
                    if let Some(t) = unit.labels[target.0 as usize] {
                        work.push(t);
                    }
                }
                InstrKind::Op(op) => {
                    if let Some(t) = ins.target
                        && op.is_jump()
                        && let Some(t) = unit.labels[t.0 as usize]
                    {
                        work.push(t);
                    }
                    if is_terminal(op) {
                        break;
                    }
                }
            }
            i += 1;
        }
    }
    if (0..n).all(|i| reached[i] || matches!(unit.instrs[i].kind, InstrKind::Setup(_))) {
        return;
    }
    let mut out = Vec::with_capacity(n);
    let mut map = Vec::with_capacity(n + 1);
    for (i, ins) in unit.instrs.iter().enumerate() {
        map.push(out.len());
        if reached[i] || matches!(ins.kind, InstrKind::Setup(_)) {
            out.push(*ins);
        }
    }
    map.push(out.len());
    replace_instrs(unit, out, &map);
}

/// Installs the rewritten instruction list; `map[i]` is the new position of what was at `i`
/// (or of the instruction that now follows the place where it was).
fn replace_instrs(unit: &mut Unit, instrs: Vec<Instr>, map: &[usize]) {
    for pos in unit.labels.iter_mut().flatten() {
        *pos = map[*pos];
    }
    for h in &mut unit.handlers {
        h.setup_instr = map[h.setup_instr];
    }
    unit.instrs = instrs;
}
