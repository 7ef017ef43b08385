//! Human-readable listings of code objects in the layout of CPython 3.12's `dis` module.
//! Offsets are shown in bytes (two per instruction word) so listings line up with CPython's.

use std::fmt::Write;

use crate::code::{CodeObject, Constant, Location};
use crate::opcode::{self, BinOp, CmpOp, Intrinsic1, Opcode};

/// Disassembles `code` and, recursively, the code objects among its constants.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_one(code, &mut out);
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            let _ = write!(
                out,
                "\nDisassembly of <code object {} at {:#x}, file \"{}\", line {}>:\n",
                inner.name,
                inner.as_ref() as *const CodeObject as usize,
                inner.filename,
                inner.first_line
            );
            out.push_str(&disassemble(inner));
        }
    }
    out
}

fn argrepr(code: &CodeObject, op: Opcode, arg: u32) -> Option<String> {
    let name = |i: u32| code.names.get(i as usize).map(|s| s.to_string());
    Some(match op {
        Opcode::LOAD_CONST | Opcode::RETURN_CONST => code.consts.get(arg as usize)?.repr(),
        Opcode::LOAD_NAME
        | Opcode::STORE_NAME
        | Opcode::DELETE_NAME
        | Opcode::LOAD_GLOBAL
        | Opcode::LOAD_GLOBAL_CACHED
        | Opcode::STORE_GLOBAL
        | Opcode::DELETE_GLOBAL
        | Opcode::LOAD_ATTR
        | Opcode::LOAD_ATTR_SLOT
        | Opcode::LOAD_METHOD
        | Opcode::LOAD_METHOD_CACHED
        | Opcode::STORE_ATTR
        | Opcode::STORE_ATTR_SLOT
        | Opcode::DELETE_ATTR
        | Opcode::LOAD_SUPER_ATTR
        | Opcode::IMPORT_NAME
        | Opcode::IMPORT_FROM => name(arg)?,
        Opcode::LOAD_FAST
        | Opcode::STORE_FAST
        | Opcode::DELETE_FAST
        | Opcode::LOAD_DEREF
        | Opcode::STORE_DEREF
        | Opcode::DELETE_DEREF
        | Opcode::LOAD_CLOSURE
        | Opcode::LOAD_CLASSDEREF
            if (arg as usize) < code.nlocalsplus() =>
        {
            code.local_name(arg as usize).to_string()
        }
        Opcode::BINARY_OP | Opcode::BINARY_OP_INT | Opcode::BINARY_OP_FLOAT => {
            let (b, inplace) = BinOp::from_arg(arg);
            if inplace {
                format!("{}=", b.symbol())
            } else {
                b.symbol().to_string()
            }
        }
        Opcode::COMPARE_OP | Opcode::COMPARE_OP_INT => {
            CmpOp::ALL.get(arg as usize)?.symbol().to_string()
        }
        Opcode::CALL_INTRINSIC_1 => format!("{:?}", Intrinsic1::ALL.get(arg as usize)?),
        op if op.is_jump() => format!("to {}", arg * 2),
        _ => return None,
    })
}

fn has_arg(op: Opcode) -> bool {
    !matches!(
        op,
        Opcode::NOP
            | Opcode::POP_TOP
            | Opcode::PUSH_NULL
            | Opcode::UNARY_NEGATIVE
            | Opcode::UNARY_POSITIVE
            | Opcode::UNARY_NOT
            | Opcode::UNARY_INVERT
            | Opcode::BINARY_SUBSCR
            | Opcode::STORE_SUBSCR
            | Opcode::DELETE_SUBSCR
            | Opcode::GET_ITER
            | Opcode::RETURN_VALUE
            | Opcode::LOAD_BUILD_CLASS
            | Opcode::LOAD_LOCALS
            | Opcode::SETUP_ANNOTATIONS
            | Opcode::PUSH_EXC_INFO
            | Opcode::POP_EXCEPT
            | Opcode::CHECK_EXC_MATCH
            | Opcode::CHECK_EG_MATCH
            | Opcode::LOAD_ASSERTION_ERROR
            | Opcode::BEFORE_WITH
            | Opcode::WITH_EXCEPT_START
            | Opcode::RETURN_GENERATOR
            | Opcode::GET_YIELD_FROM_ITER
            | Opcode::GET_AITER
            | Opcode::GET_ANEXT
            | Opcode::END_ASYNC_FOR
            | Opcode::BEFORE_ASYNC_WITH
            | Opcode::CLEANUP_THROW
            | Opcode::MATCH_MAPPING
            | Opcode::MATCH_SEQUENCE
            | Opcode::MATCH_KEYS
            | Opcode::GET_LEN
            | Opcode::COPY_DICT_WITHOUT_KEYS
    )
}

/// One instruction of a code object as the disassembler describes it.
pub struct Row {
    /// Offset in bytes (two per word, as CPython counts).
    pub offset: usize,
    pub op: Opcode,
    /// The argument, for instructions that take one.
    pub arg: Option<u32>,
    /// The argument's meaning (a name, a constant's repr, an operator, `to N`), if it has one.
    pub argrepr: Option<String>,
    /// The source line, on the first instruction of each line.
    pub starts_line: Option<u32>,
    pub is_jump_target: bool,
    pub location: Location,
}

/// The instructions of `code` in order (inline-cache words skipped).
pub fn rows(code: &CodeObject) -> Vec<Row> {
    let mut targets = std::collections::HashSet::new();
    let mut i = 0;
    while i < code.code.len() {
        let (b, arg) = opcode::decode(code.code[i]);
        let op = Opcode::from_u8(b).unwrap_or(Opcode::NOP);
        if op.is_jump() {
            targets.insert(arg as usize);
        }
        i += 1 + op.cache_words();
    }
    for e in &code.exception_table {
        targets.insert(e.target as usize);
    }
    let mut rows = Vec::new();
    let mut last_line = u32::MAX;
    let mut i = 0;
    while i < code.code.len() {
        let (b, arg) = opcode::decode(code.code[i]);
        let op = Opcode::from_u8(b).unwrap_or(Opcode::NOP);
        let location = code.location(i);
        let starts_line = (location.line != last_line).then_some(location.line);
        last_line = location.line;
        let with_arg = has_arg(op);
        rows.push(Row {
            offset: i * 2,
            op,
            arg: with_arg.then_some(arg),
            argrepr: if with_arg {
                argrepr(code, op, arg)
            } else {
                None
            },
            starts_line,
            is_jump_target: targets.contains(&i),
            location,
        });
        i += 1 + op.cache_words();
    }
    rows
}

fn disassemble_one(code: &CodeObject, out: &mut String) {
    for (k, row) in rows(code).iter().enumerate() {
        let line_field = match row.starts_line {
            Some(line) => {
                if k > 0 {
                    out.push('\n');
                }
                format!("{line:>3}")
            }
            None => "   ".to_string(),
        };
        let mark = if row.is_jump_target { ">>" } else { "  " };
        let _ = write!(
            out,
            "{line_field}     {mark}{:>5} {:<20}",
            row.offset,
            row.op.name()
        );
        if let Some(arg) = row.arg {
            let _ = write!(out, " {arg:>5}");
            if let Some(r) = &row.argrepr {
                let _ = write!(out, " ({r})");
            }
        }
        let trimmed = out.trim_end_matches(' ').len();
        out.truncate(trimmed);
        out.push('\n');
    }
    if !code.exception_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exception_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{}",
                e.start * 2,
                e.end * 2,
                e.target * 2,
                e.depth,
                if e.push_lasti { " lasti" } else { "" }
            );
        }
    }
}
