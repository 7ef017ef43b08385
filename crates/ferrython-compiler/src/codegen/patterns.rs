//! Code generation for the `match` statement.
//!
//! Each sub-subject of a pattern lives in a hidden fast slot rather than on the value stack,
//! so a failing test can jump straight to the next case with an empty stack. Names captured
//! by a case are first stored in hidden slots too, and copied into the real variables only
//! once the whole pattern has matched (before the guard runs), as CPython binds them.

use std::collections::HashMap;

use ferrython_bytecode::{CmpOp, Constant, Opcode};
use ruff_python_ast::{self as ast, Expr, Pattern};
use ruff_text_size::{Ranged, TextRange};

use super::{CResult, Compiler, err, literal_const};
use crate::unit::Label;

/// The names one case captures: name -> hidden slot, plus the order they were first seen.
#[derive(Default)]
struct Captures {
    slots: HashMap<String, u32>,
    order: Vec<String>,
}

impl<'a> Compiler<'a> {
    pub(super) fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult<()> {
        self.expr(&m.subject)?;
        let subject = self.u().add_hidden_fast("$subject");
        self.emit(Opcode::STORE_FAST, subject);
        let end = self.label();
        let n = m.cases.len();
        for (i, case) in m.cases.iter().enumerate() {
            let irrefutable = case.guard.is_none() && is_irrefutable(&case.pattern);
            if irrefutable && i + 1 < n {
                return Err(unreachable_error(&case.pattern));
            }
            let fail = self.label();
            let mut caps = Captures::default();
            self.set_loc(case.pattern.range());
            self.pattern(&case.pattern, subject, fail, &mut caps, &mut Vec::new())?;
            for name in &caps.order {
                let slot = caps.slots[name];
                self.emit(Opcode::LOAD_FAST, slot);
                self.store_name(name)?;
                self.clear_hidden(slot);
            }
            if let Some(g) = &case.guard {
                self.set_loc(g.range());
                self.jump_if(g, false, fail)?;
            }
            self.clear_hidden(subject);
            self.stmts(&case.body)?;
            self.jump(Opcode::JUMP, end);
            self.bind(fail);
        }
        self.clear_hidden(subject);
        self.bind(end);
        Ok(())
    }

    /// Drops the reference a hidden slot holds (storing None keeps the slot bound).
    fn clear_hidden(&mut self, slot: u32) {
        self.load_const(Constant::None);
        self.emit(Opcode::STORE_FAST, slot);
    }

    fn hidden(&mut self) -> u32 {
        self.u().add_hidden_fast("$pattern")
    }

    /// Emits the test of `p` against the value in slot `subj`, jumping to `fail` (with the
    /// stack as it was) when it does not match. `bound` holds the names captured so far in the
    /// current alternative, to reject a name bound twice.
    fn pattern(
        &mut self,
        p: &'a Pattern,
        subj: u32,
        fail: Label,
        caps: &mut Captures,
        bound: &mut Vec<String>,
    ) -> CResult<()> {
        match p {
            Pattern::MatchValue(v) => {
                self.emit(Opcode::LOAD_FAST, subj);
                self.expr(&v.value)?;
                self.set_loc(v.range);
                self.emit(Opcode::COMPARE_OP, CmpOp::Eq as u32);
                self.jump(Opcode::POP_JUMP_IF_FALSE, fail);
            }
            Pattern::MatchSingleton(s) => {
                self.emit(Opcode::LOAD_FAST, subj);
                self.load_const(match s.value {
                    ast::Singleton::None => Constant::None,
                    ast::Singleton::True => Constant::Bool(true),
                    ast::Singleton::False => Constant::Bool(false),
                });
                self.emit(Opcode::IS_OP, 0);
                self.jump(Opcode::POP_JUMP_IF_FALSE, fail);
            }
            Pattern::MatchAs(a) => {
                if let Some(sub) = &a.pattern {
                    self.pattern(sub, subj, fail, caps, bound)?;
                }
                if let Some(name) = &a.name {
                    self.capture(name.as_str(), subj, a.range, caps, bound)?;
                }
            }
            Pattern::MatchStar(s) => {
                // Only reached through a sequence pattern, which handles the slicing.
                if let Some(name) = &s.name {
                    self.capture(name.as_str(), subj, s.range, caps, bound)?;
                }
            }
            Pattern::MatchOr(o) => self.or_pattern(o, subj, fail, caps, bound)?,
            Pattern::MatchSequence(s) => self.sequence_pattern(s, subj, fail, caps, bound)?,
            Pattern::MatchMapping(m) => self.mapping_pattern(m, subj, fail, caps, bound)?,
            Pattern::MatchClass(c) => self.class_pattern(c, subj, fail, caps, bound)?,
        }
        Ok(())
    }

    fn capture(
        &mut self,
        name: &str,
        subj: u32,
        range: TextRange,
        caps: &mut Captures,
        bound: &mut Vec<String>,
    ) -> CResult<()> {
        if bound.iter().any(|b| b == name) {
            return err(
                format!("multiple assignments to name '{name}' in pattern"),
                range,
            );
        }
        bound.push(name.to_string());
        let slot = match caps.slots.get(name) {
            Some(&s) => s,
            None => {
                let s = self.hidden();
                caps.slots.insert(name.to_string(), s);
                caps.order.push(name.to_string());
                s
            }
        };
        self.emit(Opcode::LOAD_FAST, subj);
        self.emit(Opcode::STORE_FAST, slot);
        Ok(())
    }

    fn or_pattern(
        &mut self,
        o: &'a ast::PatternMatchOr,
        subj: u32,
        fail: Label,
        caps: &mut Captures,
        bound: &mut Vec<String>,
    ) -> CResult<()> {
        let success = self.label();
        let n = o.patterns.len();
        let before = bound.len();
        let mut first_names: Option<Vec<String>> = None;
        for (i, alt) in o.patterns.iter().enumerate() {
            if i + 1 < n && is_irrefutable(alt) {
                return Err(unreachable_error(alt));
            }
            let next = if i + 1 < n { self.label() } else { fail };
            let mut alt_bound = bound[..before].to_vec();
            self.pattern(alt, subj, next, caps, &mut alt_bound)?;
            let mut names = alt_bound[before..].to_vec();
            names.sort();
            match &first_names {
                None => first_names = Some(names),
                Some(f) if *f != names => {
                    return err("alternative patterns bind different names", o.range);
                }
                Some(_) => {}
            }
            if i + 1 < n {
                self.jump(Opcode::JUMP, success);
                self.bind(next);
            }
        }
        self.bind(success);
        if let Some(names) = first_names {
            bound.extend(names);
        }
        Ok(())
    }

    /// Pushes a bool for a type test (`MATCH_SEQUENCE`/`MATCH_MAPPING`) of `subj` and jumps to
    /// `fail` when it is false.
    fn type_test(&mut self, op: Opcode, subj: u32, fail: Label) {
        self.emit(Opcode::LOAD_FAST, subj);
        self.emit(op, 0);
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::POP_TOP, 0);
        self.jump(Opcode::POP_JUMP_IF_FALSE, fail);
    }

    fn length_test(&mut self, subj: u32, n: usize, at_least: bool, fail: Label) {
        self.emit(Opcode::LOAD_FAST, subj);
        self.emit(Opcode::GET_LEN, 0);
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::POP_TOP, 0);
        self.load_const(Constant::Int(n as i64));
        let op = if at_least { CmpOp::Ge } else { CmpOp::Eq };
        self.emit(Opcode::COMPARE_OP, op as u32);
        self.jump(Opcode::POP_JUMP_IF_FALSE, fail);
    }

    /// Unpacks the sequence on top of the stack into fresh hidden slots, one per item.
    fn unpack_into_slots(&mut self, op: Opcode, arg: u32, count: usize) -> Vec<u32> {
        self.emit(op, arg);
        let slots: Vec<u32> = (0..count).map(|_| self.hidden()).collect();
        for &s in &slots {
            self.emit(Opcode::STORE_FAST, s);
        }
        slots
    }

    fn sequence_pattern(
        &mut self,
        s: &'a ast::PatternMatchSequence,
        subj: u32,
        fail: Label,
        caps: &mut Captures,
        bound: &mut Vec<String>,
    ) -> CResult<()> {
        let pats = &s.patterns;
        let mut star = None;
        for (i, p) in pats.iter().enumerate() {
            if let Pattern::MatchStar(st) = p {
                if star.is_some() {
                    return err("multiple starred names in sequence pattern", st.range);
                }
                star = Some(i);
            }
        }
        self.type_test(Opcode::MATCH_SEQUENCE, subj, fail);
        match star {
            None => self.length_test(subj, pats.len(), false, fail),
            Some(_) => self.length_test(subj, pats.len() - 1, true, fail),
        }
        if pats.iter().all(is_wildcard) {
            return Ok(());
        }
        self.emit(Opcode::LOAD_FAST, subj);
        let slots = match star {
            None => self.unpack_into_slots(Opcode::UNPACK_SEQUENCE, pats.len() as u32, pats.len()),
            Some(i) => {
                let after = (pats.len() - i - 1) as u32;
                self.unpack_into_slots(Opcode::UNPACK_EX, i as u32 | (after << 8), pats.len())
            }
        };
        for (p, slot) in pats.iter().zip(slots.iter().copied()) {
            self.pattern(p, slot, fail, caps, bound)?;
        }
        for slot in slots {
            self.clear_hidden(slot);
        }
        Ok(())
    }

    fn mapping_pattern(
        &mut self,
        m: &'a ast::PatternMatchMapping,
        subj: u32,
        fail: Label,
        caps: &mut Captures,
        bound: &mut Vec<String>,
    ) -> CResult<()> {
        self.type_test(Opcode::MATCH_MAPPING, subj, fail);
        if m.keys.is_empty() && m.rest.is_none() {
            return Ok(());
        }
        let mut seen: Vec<Constant> = Vec::new();
        for k in &m.keys {
            match k {
                Expr::Attribute(_) => {}
                _ => match literal_const(k).or_else(|| complex_literal(k)) {
                    Some(c) => {
                        if seen.contains(&c) {
                            let shown = constant_repr(&c);
                            return err(
                                format!("mapping pattern checks duplicate key ({shown})"),
                                k.range(),
                            );
                        }
                        seen.push(c);
                    }
                    None => {
                        return err(
                            "mapping pattern keys may only match literals and attribute lookups",
                            k.range(),
                        );
                    }
                },
            }
        }
        let n = m.keys.len();
        if n > 0 {
            self.length_test(subj, n, true, fail);
        }
        self.emit(Opcode::LOAD_FAST, subj);
        for k in &m.keys {
            self.expr(k)?;
        }
        self.set_loc(m.range);
        self.emit(Opcode::BUILD_TUPLE, n as u32);
        self.emit(Opcode::MATCH_KEYS, 0);
        let values = self.hidden();
        let keys = self.hidden();
        self.emit(Opcode::STORE_FAST, values);
        self.emit(Opcode::STORE_FAST, keys);
        self.emit(Opcode::POP_TOP, 0);
        self.emit(Opcode::LOAD_FAST, values);
        self.jump(Opcode::POP_JUMP_IF_NONE, fail);
        if n > 0 {
            self.emit(Opcode::LOAD_FAST, values);
            let slots = self.unpack_into_slots(Opcode::UNPACK_SEQUENCE, n as u32, n);
            for (p, slot) in m.patterns.iter().zip(slots.iter().copied()) {
                self.pattern(p, slot, fail, caps, bound)?;
            }
            for slot in slots {
                self.clear_hidden(slot);
            }
        }
        if let Some(rest) = &m.rest {
            self.emit(Opcode::LOAD_FAST, subj);
            self.emit(Opcode::LOAD_FAST, keys);
            self.emit(Opcode::COPY_DICT_WITHOUT_KEYS, 0);
            let r = self.hidden();
            self.emit(Opcode::STORE_FAST, r);
            self.capture(rest.as_str(), r, rest.range, caps, bound)?;
            self.clear_hidden(r);
        }
        self.clear_hidden(values);
        self.clear_hidden(keys);
        Ok(())
    }

    fn class_pattern(
        &mut self,
        c: &'a ast::PatternMatchClass,
        subj: u32,
        fail: Label,
        caps: &mut Captures,
        bound: &mut Vec<String>,
    ) -> CResult<()> {
        let args = &c.arguments;
        let mut names: Vec<&str> = Vec::new();
        for kw in &args.keywords {
            let a = kw.attr.as_str();
            if names.contains(&a) {
                return err(
                    format!("attribute name repeated in class pattern: {a}"),
                    kw.attr.range,
                );
            }
            names.push(a);
        }
        self.emit(Opcode::LOAD_FAST, subj);
        self.expr(&c.cls)?;
        let kwnames: Vec<Constant> = names.iter().map(|n| Constant::Str((*n).into())).collect();
        self.load_const(Constant::Tuple(kwnames.into()));
        self.set_loc(c.range);
        self.emit(Opcode::MATCH_CLASS, args.patterns.len() as u32);
        let attrs = self.hidden();
        self.emit(Opcode::STORE_FAST, attrs);
        self.emit(Opcode::LOAD_FAST, attrs);
        self.jump(Opcode::POP_JUMP_IF_NONE, fail);
        let subs: Vec<&'a Pattern> = args
            .patterns
            .iter()
            .chain(args.keywords.iter().map(|k| &k.pattern))
            .collect();
        if !subs.iter().all(|p| is_wildcard(p)) {
            self.emit(Opcode::LOAD_FAST, attrs);
            let slots =
                self.unpack_into_slots(Opcode::UNPACK_SEQUENCE, subs.len() as u32, subs.len());
            for (p, slot) in subs.into_iter().zip(slots.iter().copied()) {
                self.pattern(p, slot, fail, caps, bound)?;
            }
            for slot in slots {
                self.clear_hidden(slot);
            }
        }
        self.clear_hidden(attrs);
        Ok(())
    }
}

fn is_wildcard(p: &Pattern) -> bool {
    match p {
        Pattern::MatchAs(a) => a.pattern.is_none() && a.name.is_none(),
        Pattern::MatchStar(s) => s.name.is_none(),
        _ => false,
    }
}

/// Whether a pattern matches every subject (a capture, a wildcard, or an `or` with one).
fn is_irrefutable(p: &Pattern) -> bool {
    match p {
        Pattern::MatchAs(a) => match &a.pattern {
            None => true,
            Some(sub) => is_irrefutable(sub),
        },
        Pattern::MatchOr(o) => o.patterns.iter().any(is_irrefutable),
        _ => false,
    }
}

fn unreachable_error(p: &Pattern) -> super::CodegenError {
    let (msg, range) = match p {
        Pattern::MatchAs(a) if a.pattern.is_none() => match &a.name {
            Some(n) => (
                format!(
                    "name capture '{}' makes remaining patterns unreachable",
                    n.as_str()
                ),
                a.range,
            ),
            None => (
                "wildcard makes remaining patterns unreachable".to_string(),
                a.range,
            ),
        },
        Pattern::MatchAs(a) => return unreachable_error(a.pattern.as_deref().unwrap()),
        Pattern::MatchOr(o) => {
            let inner = o.patterns.iter().find(|q| is_irrefutable(q)).unwrap();
            return unreachable_error(inner);
        }
        other => (
            "pattern makes remaining patterns unreachable".to_string(),
            other.range(),
        ),
    };
    super::CodegenError { msg, range }
}

/// `1+2j` style keys, which the parser leaves as a binary operation.
fn complex_literal(e: &Expr) -> Option<Constant> {
    match e {
        Expr::BinOp(b) => super::fold_binop(b),
        _ => None,
    }
}

fn constant_repr(c: &Constant) -> String {
    match c {
        Constant::Str(s) => {
            if s.contains('\'') && !s.contains('"') {
                format!("\"{s}\"")
            } else {
                format!("'{}'", s.replace('\'', "\\'"))
            }
        }
        Constant::Int(i) => i.to_string(),
        Constant::Bool(true) => "True".into(),
        Constant::Bool(false) => "False".into(),
        Constant::None => "None".into(),
        Constant::Float(f) => format!("{f:?}"),
        Constant::Bytes(b) => format!("b'{}'", String::from_utf8_lossy(b)),
        _ => "...".into(),
    }
}
