//! Code generation: walks the AST of one module with the scope information of `symtable`
//! and emits instructions into a stack of `Unit`s (one per scope being compiled).
//!
//! Statement-level constructs that hold values on the stack (for-loop iterators, `with` exit
//! functions, handled exceptions) are tracked as "frame blocks" so that `break`, `continue`
//! and `return` can unwind them, inlining `finally` bodies on the way, as CPython does.

use std::collections::HashMap;
use std::rc::Rc;

use ferrython_bytecode::{
    BinOp, CmpOp, CodeFlags, CodeObject, Constant, Intrinsic1, Location, Opcode,
};
use num_bigint::BigInt;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::assemble::{CELL_TAG, FREE_TAG, assemble};
use crate::symtable::{NameScope, ScopeKind, SymbolTable};
use crate::unit::{Label, Slot, Unit};

mod generics;
mod patterns;
mod try_star;

/// An error found while generating code: a SyntaxError message and where it points.
#[derive(Debug)]
pub struct CodegenError {
    pub msg: String,
    pub range: TextRange,
}

type CResult<T> = Result<T, CodegenError>;

const EXCEPT_STAR_EXIT: &str = "'break', 'continue' and 'return' cannot appear in an except* block";

fn err<T>(msg: impl Into<String>, range: TextRange) -> CResult<T> {
    Err(CodegenError {
        msg: msg.into(),
        range,
    })
}

enum FBlock<'a> {
    While {
        cont: Label,
        brk: Label,
    },
    For {
        cont: Label,
        brk: Label,
    },
    TryExcept,
    TryFinally {
        body: &'a [Stmt],
    },
    /// Inside a `finally` body run because of an exception: `prev exc` are on the stack.
    FinallyEnd,
    With {
        is_async: bool,
    },
    /// Inside an `except` body: `prev` is on the stack; the name to clear on exit.
    HandlerCleanup {
        name: Option<String>,
    },
    /// The `except` clause test itself: `prev exc` on the stack.
    ExceptionHandler,
    /// The body of an `except*` clause, which `break`, `continue` and `return` may not leave.
    ExceptStar,
    /// A `finally` body run by a `return`: the value being returned is on the stack, so a
    /// `break`, `continue` or `return` there must drop it.
    PopValue,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Load,
    Store,
    Del,
}

pub struct Compiler<'a> {
    _source: &'a str,
    filename: Rc<str>,
    line_starts: Vec<usize>,
    table: SymbolTable,
    scope_by_range: HashMap<(u32, u32, u8), usize>,
    units: Vec<Unit>,
    fblocks: Vec<Vec<FBlock<'a>>>,
    optimize: u32,
    interactive: bool,
    /// `from __future__ import annotations`: annotations are stored as their source text.
    future_annotations: bool,
    /// SyntaxWarnings (line, message), attached to the module's code object.
    warnings: Vec<(u32, String)>,
}

fn scope_key(kind: ScopeKind, r: TextRange) -> (u32, u32, u8) {
    (r.start().to_u32(), r.end().to_u32(), kind as u8)
}

impl<'a> Compiler<'a> {
    pub fn new(
        source: &'a str,
        filename: &str,
        table: SymbolTable,
        optimize: u32,
        interactive: bool,
    ) -> Compiler<'a> {
        let mut line_starts = vec![0];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i + 1);
            }
        }
        let mut scope_by_range = HashMap::new();
        for (i, s) in table.scopes.iter().enumerate().skip(1) {
            scope_by_range.insert(scope_key(s.kind, s.range), i);
        }
        Compiler {
            _source: source,
            filename: filename.into(),
            line_starts,
            table,
            scope_by_range,
            units: Vec::new(),
            fblocks: Vec::new(),
            optimize,
            interactive,
            future_annotations: false,
            warnings: Vec::new(),
        }
    }

    /// 1-based line and 0-based byte column of a source offset.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let off = offset as usize;
        let line = match self.line_starts.binary_search(&off) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        (line as u32 + 1, (off - self.line_starts[line]) as u32)
    }

    fn location(&self, r: TextRange) -> Location {
        let (line, col) = self.line_col(r.start().to_u32());
        let (end_line, end_col) = self.line_col(r.end().to_u32());
        Location {
            line,
            end_line,
            col,
            end_col,
        }
    }

    fn u(&mut self) -> &mut Unit {
        self.units.last_mut().unwrap()
    }

    fn set_loc(&mut self, r: TextRange) {
        let loc = self.location(r);
        self.u().loc = loc;
    }

    fn emit(&mut self, op: Opcode, arg: u32) {
        self.u().emit(op, arg);
    }

    fn jump(&mut self, op: Opcode, l: Label) {
        self.u().emit_jump(op, l);
    }

    fn label(&mut self) -> Label {
        self.u().new_label()
    }

    fn bind(&mut self, l: Label) {
        self.u().bind(l);
    }

    fn load_const(&mut self, c: Constant) {
        self.u().load_const(c);
    }

    fn scope_of(&self, kind: ScopeKind, r: TextRange) -> usize {
        self.scope_by_range[&scope_key(kind, r)]
    }

    // ----- units -------------------------------------------------------------------------

    fn enter_unit(&mut self, scope: usize, name: &str, first_line: u32) {
        let qualname = self.qualname_for(name);
        let mut unit = Unit::new(scope, name, &qualname, first_line);
        unit.private = if self.table.scopes[scope].kind == ScopeKind::Class {
            Some(name.into())
        } else {
            self.units.last().and_then(|u| u.private.clone())
        };
        let sc = &self.table.scopes[scope];
        for p in &sc.params {
            unit.add_fast(p);
        }
        let mut names: Vec<(String, NameScope)> = sc
            .order
            .iter()
            .filter_map(|n| sc.resolved.get(n).map(|r| (n.clone(), *r)))
            .collect();
        if sc.kind == ScopeKind::Class && sc.needs_class_cell {
            names.push(("__class__".to_string(), NameScope::Cell));
        }
        // Free variables of methods pass through the class body's closure.
        let passed: Vec<String> = sc
            .order
            .iter()
            .filter(|n| sc.symbols.get(*n).is_some_and(|f| f.free_class))
            .cloned()
            .collect();
        let function_like = sc.is_function_like();
        for (n, r) in &names {
            match r {
                NameScope::Local if function_like => {
                    unit.add_fast(n);
                }
                NameScope::Cell => {
                    unit.add_cell(n);
                }
                NameScope::Free => {
                    unit.add_free(n);
                }
                _ => {}
            }
        }
        for n in &passed {
            unit.add_free(n);
        }
        if sc.is_generator && sc.is_coroutine {
            unit.flags |= CodeFlags::ASYNC_GENERATOR;
        } else if sc.is_generator {
            unit.flags |= CodeFlags::GENERATOR;
        } else if sc.is_coroutine && sc.kind != ScopeKind::Module {
            unit.flags |= CodeFlags::COROUTINE;
        }
        if function_like {
            unit.flags |= CodeFlags::OPTIMIZED | CodeFlags::NEWLOCALS;
        }
        unit.loc = Location {
            line: first_line,
            end_line: first_line,
            col: 0,
            end_col: 0,
        };
        self.units.push(unit);
        self.fblocks.push(Vec::new());
        if self.u().flags
            & (CodeFlags::GENERATOR | CodeFlags::COROUTINE | CodeFlags::ASYNC_GENERATOR)
            != 0
        {
            self.emit(Opcode::RETURN_GENERATOR, 0);
            self.emit(Opcode::POP_TOP, 0);
        }
    }

    /// Private name mangling: `__x` inside class `C` becomes `_C__x`.
    fn mangle(&self, name: &str) -> String {
        let Some(class) = self.units.last().and_then(|u| u.private.clone()) else {
            return name.to_string();
        };
        if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
            return name.to_string();
        }
        let stripped = class.trim_start_matches('_');
        if stripped.is_empty() {
            return name.to_string();
        }
        format!("_{stripped}{name}")
    }

    fn qualname_for(&self, name: &str) -> String {
        // Walk enclosing units: functions add "<locals>", classes add their name.
        let mut parts: Vec<String> = Vec::new();
        for unit in self.units.iter().rev() {
            let sc = &self.table.scopes[unit.scope];
            match sc.kind {
                ScopeKind::Module => break,
                ScopeKind::Class => parts.push(unit.qualname.to_string()),
                ScopeKind::TypeParams => continue,
                _ => parts.push(format!("{}.<locals>", unit.qualname)),
            }
            break;
        }
        // A name declared global in the enclosing scope is not qualified.
        if let Some(parent) = self.units.last()
            && self.table.scopes[parent.scope].lookup(name) == Some(NameScope::GlobalExplicit)
        {
            return name.to_string();
        }
        match parts.pop() {
            Some(p) => format!("{p}.{name}"),
            None => name.to_string(),
        }
    }

    fn leave_unit(&mut self) -> CResult<Rc<CodeObject>> {
        let unit = self.units.pop().unwrap();
        self.fblocks.pop();
        let sc = &self.table.scopes[unit.scope];
        let mut cell_args = vec![None; unit.cellvars.len()];
        for (i, c) in unit.cellvars.iter().enumerate() {
            if sc.params.iter().any(|p| **p == **c) {
                cell_args[i] = unit.fast.get(&**c).copied();
            }
        }
        let range = sc.range;
        let code = assemble(unit, &self.filename, cell_args)
            .map_err(|m| CodegenError { msg: m, range })?;
        Ok(Rc::new(code))
    }

    // ----- module --------------------------------------------------------------------------

    pub fn compile_module(mut self, body: &'a [Stmt]) -> CResult<CodeObject> {
        self.enter_unit(0, "<module>", 1);
        if has_annotations(body) {
            self.emit(Opcode::SETUP_ANNOTATIONS, 0);
        }
        // Interactive input has no docstring: a leading string is shown like any value.
        let body = if let Some(doc) = docstring(body).filter(|_| !self.interactive) {
            if self.optimize < 2 {
                self.load_const(Constant::Str(doc.into()));
                let i = self.u().add_name("__doc__");
                self.emit(Opcode::STORE_NAME, i);
            }
            &body[1..]
        } else {
            body
        };
        self.check_future_imports(body)?;
        for s in body {
            self.stmt(s)?;
        }
        self.return_none();
        let unit = self.units.pop().unwrap();
        let mut code = assemble(unit, &self.filename, Vec::new()).map_err(|m| CodegenError {
            msg: m,
            range: TextRange::default(),
        })?;
        code.warnings = std::mem::take(&mut self.warnings);
        Ok(code)
    }

    /// A SyntaxWarning at the start of `range`.
    fn warn(&mut self, range: TextRange, msg: String) {
        let line = self.line_col(range.start().to_u32()).0;
        self.warnings.push((line, msg));
    }

    /// CPython's compile-time warnings about `is` with a literal operand.
    fn check_is_literal(&mut self, c: &'a ast::ExprCompare) {
        let mut left = c.left.as_ref();
        for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
            if matches!(op, ast::CmpOp::Is | ast::CmpOp::IsNot) {
                let kind = literal_kind(left).or_else(|| literal_kind(right));
                if let Some(kind) = kind {
                    let (word, eq) = if *op == ast::CmpOp::Is {
                        ("is", "==")
                    } else {
                        ("is not", "!=")
                    };
                    self.warn(
                        c.range,
                        format!("\"{word}\" with '{kind}' literal. Did you mean \"{eq}\"?"),
                    );
                }
            }
            left = right;
        }
    }

    /// `5()` and `5[0]`: calling or subscripting a literal that cannot be.
    fn check_literal_use(&mut self, target: &Expr, range: TextRange, call: bool) {
        let kind = match target {
            Expr::NumberLiteral(n) => match n.value {
                ast::Number::Int(_) => "int",
                ast::Number::Float(_) => "float",
                ast::Number::Complex { .. } => "complex",
            },
            Expr::NoneLiteral(_) => "NoneType",
            Expr::BooleanLiteral(_) => "bool",
            Expr::EllipsisLiteral(_) => "ellipsis",
            Expr::StringLiteral(_) | Expr::FString(_) if call => "str",
            Expr::BytesLiteral(_) if call => "bytes",
            Expr::Tuple(_) if call => "tuple",
            Expr::List(_) | Expr::ListComp(_) if call => "list",
            Expr::Dict(_) | Expr::DictComp(_) if call => "dict",
            Expr::Set(_) | Expr::SetComp(_) => "set",
            Expr::Generator(_) => "generator",
            _ => return,
        };
        let what = if call { "callable" } else { "subscriptable" };
        self.warn(
            range,
            format!("'{kind}' object is not {what}; perhaps you missed a comma?"),
        );
    }

    /// `[1, 2]["a"]`: a sequence display or literal indexed by a literal that cannot index it.
    fn check_index(&mut self, value: &Expr, index: &Expr, range: TextRange) {
        let container = match value {
            Expr::List(_) | Expr::ListComp(_) => "list",
            Expr::Tuple(_) => "tuple",
            Expr::StringLiteral(_) | Expr::FString(_) => "str",
            Expr::BytesLiteral(_) => "bytes",
            _ => return,
        };
        let index_kind = match index {
            Expr::NumberLiteral(n) => match n.value {
                ast::Number::Int(_) => return,
                ast::Number::Float(_) => "float",
                ast::Number::Complex { .. } => "complex",
            },
            Expr::StringLiteral(_) | Expr::FString(_) => "str",
            Expr::BytesLiteral(_) => "bytes",
            Expr::NoneLiteral(_) => "NoneType",
            Expr::Tuple(_) => "tuple",
            Expr::List(_) | Expr::ListComp(_) => "list",
            Expr::Set(_) | Expr::SetComp(_) => "set",
            Expr::Dict(_) | Expr::DictComp(_) => "dict",
            _ => return,
        };
        self.warn(
            range,
            format!(
                "{container} indices must be integers or slices, not {index_kind}; perhaps you missed a comma?"
            ),
        );
    }

    /// Compiles an `eval` body: a single synthetic `return <expr>` at module scope.
    pub fn compile_eval(mut self, body: &'a [Stmt]) -> CResult<CodeObject> {
        self.enter_unit(0, "<module>", 1);
        if let Some(Stmt::Return(ast::StmtReturn { value: Some(v), .. })) = body.first() {
            self.expr(v)?;
        } else {
            self.load_const(Constant::None);
        }
        self.emit(Opcode::RETURN_VALUE, 0);
        let unit = self.units.pop().unwrap();
        let mut code = assemble(unit, &self.filename, Vec::new()).map_err(|m| CodegenError {
            msg: m,
            range: TextRange::default(),
        })?;
        code.warnings = std::mem::take(&mut self.warnings);
        Ok(code)
    }

    fn return_none(&mut self) {
        let i = self.u().add_const(Constant::None);
        self.emit(Opcode::RETURN_CONST, i);
    }

    // ----- statements ------------------------------------------------------------------------

    fn stmts(&mut self, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn scope_kind(&self) -> ScopeKind {
        self.table.scopes[self.units.last().unwrap().scope].kind
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.set_loc(s.range());
        match s {
            Stmt::FunctionDef(f) => self.function_def(f),
            Stmt::ClassDef(c) => self.class_def(c),
            Stmt::Return(r) => {
                if !matches!(self.scope_kind(), ScopeKind::Function | ScopeKind::Lambda) {
                    return err("'return' outside function", r.range);
                }
                let in_except_star = self
                    .fblocks
                    .last()
                    .is_some_and(|b| b.iter().any(|f| matches!(f, FBlock::ExceptStar)));
                if in_except_star {
                    return err(EXCEPT_STAR_EXIT, r.range);
                }
                let is_async_gen = self.u().flags & CodeFlags::ASYNC_GENERATOR != 0;
                if is_async_gen && r.value.is_some() {
                    return err("'return' with value in async generator", r.range);
                }
                match &r.value {
                    Some(v) => {
                        self.expr(v)?;
                        self.unwind_all(true, r.range)?;
                        self.set_loc(r.range);
                        self.emit(Opcode::RETURN_VALUE, 0);
                    }
                    None => {
                        self.unwind_all(false, r.range)?;
                        self.set_loc(r.range);
                        self.return_none();
                    }
                }
                Ok(())
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.target(t, Ctx::Del)?;
                }
                Ok(())
            }
            Stmt::TypeAlias(t) => self.type_alias(t),
            Stmt::Assign(a) => {
                if let [target] = &a.targets[..]
                    && self.swap_assign(target, &a.value)?
                {
                    return Ok(());
                }
                self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Opcode::COPY, 1);
                    }
                    self.target(t, Ctx::Store)?;
                }
                Ok(())
            }
            Stmt::AugAssign(a) => self.aug_assign(a),
            Stmt::AnnAssign(a) => self.ann_assign(a),
            Stmt::For(f) => self.for_stmt(f),
            Stmt::While(w) => self.while_stmt(w),
            Stmt::If(i) => self.if_stmt(i),
            Stmt::With(w) => {
                if w.is_async && !self.in_async_function() {
                    return err("'async with' outside async function", w.range);
                }
                self.with_stmt(w, 0)
            }
            Stmt::Match(m) => self.match_stmt(m),
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_loc(r.range);
                self.emit(Opcode::RAISE_VARARGS, n);
                Ok(())
            }
            Stmt::Try(t) => {
                if t.finalbody.is_empty() {
                    self.try_handlers(t)
                } else {
                    self.try_finally(t)
                }
            }
            Stmt::Assert(a) => {
                if let Expr::Tuple(t) = &*a.test
                    && !t.elts.is_empty()
                {
                    self.warn(
                        a.range,
                        "assertion is always true, perhaps remove parentheses?".to_string(),
                    );
                }
                if self.optimize > 0 {
                    return Ok(());
                }
                let end = self.label();
                self.jump_if(&a.test, true, end)?;
                self.set_loc(a.range);
                self.emit(Opcode::LOAD_ASSERTION_ERROR, 0);
                if let Some(m) = &a.msg {
                    self.emit(Opcode::PUSH_NULL, 0);
                    self.expr(m)?;
                    self.set_loc(a.range);
                    self.emit(Opcode::CALL, 1);
                }
                self.emit(Opcode::RAISE_VARARGS, 1);
                self.bind(end);
                Ok(())
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    self.set_loc(i.range);
                    self.load_const(Constant::Int(0));
                    self.load_const(Constant::None);
                    let idx = self.u().add_name(&a.name.id);
                    self.emit(Opcode::IMPORT_NAME, idx);
                    match &a.asname {
                        Some(asname) => {
                            let parts: Vec<&str> = a.name.id.split('.').collect();
                            if parts.len() > 1 {
                                for p in &parts[1..] {
                                    let pi = self.u().add_name(p);
                                    self.emit(Opcode::IMPORT_FROM, pi);
                                    self.emit(Opcode::SWAP, 2);
                                    self.emit(Opcode::POP_TOP, 0);
                                }
                            }
                            self.store_name(&asname.id)?;
                        }
                        None => {
                            let first = a.name.id.split('.').next().unwrap().to_string();
                            self.store_name(&first)?;
                        }
                    }
                }
                Ok(())
            }
            Stmt::ImportFrom(i) => {
                self.load_const(Constant::Int(i.level as i64));
                let star = i.names.len() == 1 && &*i.names[0].name.id == "*";
                let names: Vec<Constant> = i
                    .names
                    .iter()
                    .map(|a| Constant::Str(a.name.id.as_str().into()))
                    .collect();
                self.load_const(Constant::Tuple(names.into()));
                let module = i
                    .module
                    .as_ref()
                    .map(|m| m.id.to_string())
                    .unwrap_or_default();
                let idx = self.u().add_name(&module);
                self.emit(Opcode::IMPORT_NAME, idx);
                if star {
                    self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::ImportStar as u32);
                    self.emit(Opcode::POP_TOP, 0);
                    return Ok(());
                }
                for a in &i.names {
                    self.set_loc(a.range);
                    let idx = self.u().add_name(&a.name.id);
                    self.emit(Opcode::IMPORT_FROM, idx);
                    let target = a.asname.as_ref().unwrap_or(&a.name);
                    self.store_name(&target.id)?;
                }
                self.emit(Opcode::POP_TOP, 0);
                Ok(())
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => Ok(()),
            Stmt::Expr(e) => {
                // Interactive input shows the value of every expression statement outside
                // function and class bodies (nested in loops and conditionals too).
                if self.interactive && self.units.len() == 1 {
                    self.expr(&e.value)?;
                    self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::PrintExpr as u32);
                    self.emit(Opcode::POP_TOP, 0);
                    return Ok(());
                }
                if is_constant_expr(&e.value) {
                    return Ok(());
                }
                self.expr(&e.value)?;
                self.emit(Opcode::POP_TOP, 0);
                Ok(())
            }
            Stmt::Break(b) => self.break_continue(true, b.range),
            Stmt::Continue(c) => self.break_continue(false, c.range),
            Stmt::IpyEscapeCommand(c) => err("invalid syntax", c.range),
        }
    }

    fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult<()> {
        for d in f.decorator_list.iter() {
            self.expr(&d.expression)?;
            self.emit(Opcode::PUSH_NULL, 0);
        }
        self.set_loc(f.range);
        let scope = self.scope_of(ScopeKind::Function, f.range);
        let first_line = self.line_col(f.range.start().to_u32()).0;
        let first_line = f
            .decorator_list
            .first()
            .map(|d| self.line_col(d.range.start().to_u32()).0)
            .unwrap_or(first_line);
        match &f.type_params {
            Some(tp) => self.generic_function(f, tp, scope, first_line)?,
            None => self.make_function(
                scope,
                &f.name.id,
                &f.parameters,
                Some(f.returns.as_deref()),
                FuncBody::Stmts(&f.body),
                first_line,
            )?,
        }
        for _ in f.decorator_list.iter() {
            self.emit(Opcode::CALL, 1);
        }
        self.store_name(&f.name.id)
    }

    /// Emits the code that creates a function object for `scope` and leaves it on the stack.
    fn make_function(
        &mut self,
        scope: usize,
        name: &str,
        params: &'a ast::Parameters,
        returns: Option<Option<&'a Expr>>,
        body: FuncBody<'a>,
        first_line: u32,
    ) -> CResult<()> {
        let mut flags = 0u32;
        // Positional defaults.
        let defaults: Vec<&Expr> = params
            .posonlyargs
            .iter()
            .chain(params.args.iter())
            .filter_map(|p| p.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Opcode::BUILD_TUPLE, defaults.len() as u32);
            flags |= 1;
        }
        let kwdefaults: Vec<(&str, &Expr)> = params
            .kwonlyargs
            .iter()
            .filter_map(|p| {
                p.default
                    .as_deref()
                    .map(|d| (p.parameter.name.id.as_str(), d))
            })
            .collect();
        if !kwdefaults.is_empty() {
            for (n, d) in &kwdefaults {
                self.load_const(Constant::Str((*n).into()));
                self.expr(d)?;
            }
            self.emit(Opcode::BUILD_MAP, kwdefaults.len() as u32);
            flags |= 2;
        }
        if let Some(ret) = returns {
            let mut n = 0;
            for p in params.iter() {
                if let Some(a) = p.annotation() {
                    self.load_const(Constant::Str(p.name().id.as_str().into()));
                    self.annotation_expr(a)?;
                    n += 1;
                }
            }
            if let Some(r) = ret {
                self.load_const(Constant::Str("return".into()));
                self.annotation_expr(r)?;
                n += 1;
            }
            if n > 0 {
                self.emit(Opcode::BUILD_MAP, n);
                flags |= 4;
            }
        }
        self.enter_unit(scope, name, first_line);
        {
            let u = self.u();
            u.argcount = (params.posonlyargs.len() + params.args.len()) as u32;
            u.posonlyargcount = params.posonlyargs.len() as u32;
            u.kwonlyargcount = params.kwonlyargs.len() as u32;
            if params.vararg.is_some() {
                u.flags |= CodeFlags::VARARGS;
            }
            if params.kwarg.is_some() {
                u.flags |= CodeFlags::VARKEYWORDS;
            }
        }
        match body {
            FuncBody::Stmts(stmts) => {
                let stmts = match docstring(stmts) {
                    Some(doc) => {
                        if self.optimize < 2 {
                            self.u().docstring = Some(doc.into());
                        }
                        &stmts[1..]
                    }
                    None => stmts,
                };
                self.stmts(stmts)?;
                self.return_none();
            }
            FuncBody::Expr(e) => {
                self.expr(e)?;
                if self.u().flags & CodeFlags::GENERATOR != 0 {
                    self.emit(Opcode::POP_TOP, 0);
                    self.return_none();
                } else {
                    self.emit(Opcode::RETURN_VALUE, 0);
                }
            }
        }
        let code = self.leave_unit()?;
        self.emit_closure_and_make(code, flags)
    }

    fn emit_closure_and_make(&mut self, code: Rc<CodeObject>, mut flags: u32) -> CResult<()> {
        if !code.freevars.is_empty() {
            for fv in code.freevars.iter() {
                let slot = self.closure_slot(fv);
                let arg = match slot {
                    Some(Slot::Cell(i)) => i | CELL_TAG,
                    Some(Slot::Free(i)) => i | FREE_TAG,
                    _ => {
                        return err(
                            format!("internal error: no closure slot for '{fv}'"),
                            TextRange::default(),
                        );
                    }
                };
                self.emit(Opcode::LOAD_CLOSURE, arg);
            }
            self.emit(Opcode::BUILD_TUPLE, code.freevars.len() as u32);
            flags |= 8;
        }
        self.load_const(Constant::Code(code));
        self.emit(Opcode::MAKE_FUNCTION, flags);
        Ok(())
    }

    /// The cell or free slot of the current unit holding variable `name` for a closure.
    fn closure_slot(&self, name: &str) -> Option<Slot> {
        let u = self.units.last().unwrap();
        for (_, overlay) in u.inlined.iter().rev() {
            if let Some(s) = overlay.get(name)
                && let Slot::Cell(_) = s
            {
                return Some(*s);
            }
        }
        if let Some(&i) = u.cells.get(name) {
            return Some(Slot::Cell(i));
        }
        u.frees.get(name).map(|&i| Slot::Free(i))
    }

    fn annotation_expr(&mut self, e: &'a Expr) -> CResult<()> {
        // `*args: *Ts` annotates with the single item `*Ts` unpacks to.
        if let Expr::Starred(s) = e
            && !self.future_annotations
        {
            self.expr(&s.value)?;
            self.emit(Opcode::UNPACK_SEQUENCE, 1);
            return Ok(());
        }
        if self.future_annotations {
            let text = annotation_text(&self._source[e.range()]);
            self.load_const(Constant::Str(text.into()));
            return Ok(());
        }
        self.expr(e)
    }

    /// Validates `from __future__ import ...` statements (only allowed first in the module)
    /// and records the features that change compilation.
    fn check_future_imports(&mut self, body: &'a [Stmt]) -> CResult<()> {
        let mut leading = true;
        for s in body {
            let Stmt::ImportFrom(i) = s else {
                leading = false;
                continue;
            };
            if i.module.as_ref().map(|m| m.as_str()) != Some("__future__") || i.level != 0 {
                leading = false;
                continue;
            }
            if !leading {
                return err(
                    "from __future__ imports must occur at the beginning of the file",
                    i.range,
                );
            }
            for a in &i.names {
                match a.name.as_str() {
                    "annotations" => self.future_annotations = true,
                    "nested_scopes" | "generators" | "division" | "absolute_import"
                    | "with_statement" | "print_function" | "unicode_literals"
                    | "generator_stop" => {}
                    "braces" => return err("not a chance", a.range),
                    other => {
                        return err(format!("future feature {other} is not defined"), a.range);
                    }
                }
            }
        }
        Ok(())
    }

    fn class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult<()> {
        for d in c.decorator_list.iter() {
            self.expr(&d.expression)?;
            self.emit(Opcode::PUSH_NULL, 0);
        }
        match &c.type_params {
            Some(tp) => self.generic_class(c, tp)?,
            None => self.class_object(c, None)?,
        }
        for _ in c.decorator_list.iter() {
            self.emit(Opcode::CALL, 1);
        }
        self.store_name(&c.name.id)
    }

    /// Creates the class of a class statement (without its decorators); `extra_base` names a
    /// local holding one more base after the written ones (a generic class's `Generic[...]`).
    fn class_object(&mut self, c: &'a ast::StmtClassDef, extra_base: Option<&str>) -> CResult<()> {
        self.set_loc(c.range);
        self.emit(Opcode::LOAD_BUILD_CLASS, 0);
        self.emit(Opcode::PUSH_NULL, 0);
        let scope = self.scope_of(ScopeKind::Class, c.range);
        let first_line = self.line_col(c.range.start().to_u32()).0;
        self.enter_unit(scope, &c.name.id, first_line);
        self.set_loc(c.range);
        let n = self.u().add_name("__name__");
        self.emit(Opcode::LOAD_NAME, n);
        let m = self.u().add_name("__module__");
        self.emit(Opcode::STORE_NAME, m);
        let qn = self.u().qualname.clone();
        self.load_const(Constant::Str(qn));
        let q = self.u().add_name("__qualname__");
        self.emit(Opcode::STORE_NAME, q);
        let body: &'a [Stmt] = &c.body;
        if has_annotations(body) {
            self.emit(Opcode::SETUP_ANNOTATIONS, 0);
        }
        let body = match docstring(body) {
            Some(doc) => {
                if self.optimize < 2 {
                    self.load_const(Constant::Str(doc.into()));
                } else {
                    self.load_const(Constant::None);
                }
                let d = self.u().add_name("__doc__");
                self.emit(Opcode::STORE_NAME, d);
                &body[1..]
            }
            None => body,
        };
        self.stmts(body)?;
        if self.table.scopes[scope].needs_class_cell {
            let i = self.u().cells["__class__"];
            self.emit(Opcode::LOAD_CLOSURE, i | CELL_TAG);
            self.emit(Opcode::COPY, 1);
            let cc = self.u().add_name("__classcell__");
            self.emit(Opcode::STORE_NAME, cc);
            self.emit(Opcode::RETURN_VALUE, 0);
        } else {
            self.return_none();
        }
        let code = self.leave_unit()?;
        self.set_loc(c.range);
        self.emit_closure_and_make(code, 0)?;
        self.load_const(Constant::Str(c.name.id.as_str().into()));
        match &c.arguments {
            Some(args) => self.call_args_with(args, 2, c.range, extra_base)?,
            None => match extra_base {
                Some(b) => {
                    self.name_op(b, Ctx::Load, c.range)?;
                    self.emit(Opcode::CALL, 3);
                }
                None => self.emit(Opcode::CALL, 2),
            },
        }
        Ok(())
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult<()> {
        let op = binop(a.op) as u32 + BinOp::INPLACE;
        match a.target.as_ref() {
            Expr::Name(n) => {
                self.set_loc(n.range);
                self.name_op(&n.id, Ctx::Load, n.range)?;
                self.expr(&a.value)?;
                self.set_loc(a.range);
                self.emit(Opcode::BINARY_OP, op);
                self.name_op(&n.id, Ctx::Store, n.range)
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Opcode::COPY, 1);
                let mangled = self.mangle(&at.attr.id);
                let i = self.u().add_name(&mangled);
                self.set_loc(at.range);
                self.emit(Opcode::LOAD_ATTR, i);
                self.expr(&a.value)?;
                self.set_loc(a.range);
                self.emit(Opcode::BINARY_OP, op);
                self.emit(Opcode::SWAP, 2);
                self.emit(Opcode::STORE_ATTR, i);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_key(&s.slice)?;
                self.emit(Opcode::COPY, 2);
                self.emit(Opcode::COPY, 2);
                self.set_loc(s.range);
                self.emit(Opcode::BINARY_SUBSCR, 0);
                self.expr(&a.value)?;
                self.set_loc(a.range);
                self.emit(Opcode::BINARY_OP, op);
                self.emit(Opcode::SWAP, 3);
                self.emit(Opcode::SWAP, 2);
                self.emit(Opcode::STORE_SUBSCR, 0);
                Ok(())
            }
            other => err(
                "'expression' is an illegal expression for augmented assignment",
                other.range(),
            ),
        }
    }

    fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult<()> {
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.target(&a.target, Ctx::Store)?;
        }
        let kind = self.scope_kind();
        if let Expr::Name(n) = a.target.as_ref()
            && a.simple
            && matches!(kind, ScopeKind::Module | ScopeKind::Class)
        {
            self.annotation_expr(&a.annotation)?;
            let i = self.u().add_name("__annotations__");
            self.emit(Opcode::LOAD_NAME, i);
            self.load_const(Constant::Str(n.id.as_str().into()));
            self.emit(Opcode::STORE_SUBSCR, 0);
        } else if !matches!(a.target.as_ref(), Expr::Name(_)) && a.value.is_none() {
            // `x.y: int` evaluates the object expression.
            match a.target.as_ref() {
                Expr::Attribute(at) => {
                    self.expr(&at.value)?;
                    self.emit(Opcode::POP_TOP, 0);
                }
                Expr::Subscript(s) => {
                    self.expr(&s.value)?;
                    self.emit(Opcode::POP_TOP, 0);
                    self.subscript_key(&s.slice)?;
                    self.emit(Opcode::POP_TOP, 0);
                }
                _ => {}
            }
        }
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult<()> {
        if f.is_async && !self.in_async_function() {
            return err("'async for' outside async function", f.range);
        }
        let top = self.label();
        let exhausted = self.label();
        let end = self.label();
        self.expr(&f.iter)?;
        // Getting and advancing the iterator are attributed to the whole statement, as in
        // CPython (so tracebacks show no markers under the line).
        self.set_loc(f.range);
        self.emit(
            if f.is_async {
                Opcode::GET_AITER
            } else {
                Opcode::GET_ITER
            },
            0,
        );
        self.bind(top);
        self.set_loc(f.range);
        if f.is_async {
            self.async_for_next(exhausted);
        } else {
            self.jump(Opcode::FOR_ITER, exhausted);
        }
        self.target(&f.target, Ctx::Store)?;
        self.fblocks.last_mut().unwrap().push(FBlock::For {
            cont: top,
            brk: end,
        });
        self.stmts(&f.body)?;
        self.fblocks.last_mut().unwrap().pop();
        self.set_loc(f.range);
        self.jump(Opcode::JUMP_BACKWARD, top);
        self.bind(exhausted);
        if f.is_async {
            self.set_loc(f.range);
            self.emit(Opcode::END_ASYNC_FOR, 0);
        }
        self.stmts(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    /// With the async iterator on top: awaits its `__anext__()`, leaving the item above the
    /// iterator. StopAsyncIteration (or any other exception) goes to `exhausted` with
    /// `[aiter, exc]` on the stack, where `END_ASYNC_FOR` must follow.
    fn async_for_next(&mut self, exhausted: Label) {
        self.u().push_handler(exhausted, false);
        self.emit(Opcode::GET_ANEXT, 0);
        self.yield_from_loop();
        self.u().pop_handler();
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> CResult<()> {
        let top = self.label();
        let orelse = self.label();
        let end = self.label();
        self.bind(top);
        self.jump_if(&w.test, false, orelse)?;
        self.fblocks.last_mut().unwrap().push(FBlock::While {
            cont: top,
            brk: end,
        });
        self.stmts(&w.body)?;
        self.fblocks.last_mut().unwrap().pop();
        self.set_loc(w.range);
        self.jump(Opcode::JUMP_BACKWARD, top);
        self.bind(orelse);
        self.stmts(&w.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn if_stmt(&mut self, i: &'a ast::StmtIf) -> CResult<()> {
        let end = self.label();
        let mut next = self.label();
        self.jump_if(&i.test, false, next)?;
        self.stmts(&i.body)?;
        for clause in &i.elif_else_clauses {
            self.jump(Opcode::JUMP, end);
            self.bind(next);
            next = self.label();
            if let Some(t) = &clause.test {
                self.set_loc(t.range());
                self.jump_if(t, false, next)?;
            }
            self.stmts(&clause.body)?;
        }
        self.bind(next);
        self.bind(end);
        Ok(())
    }

    fn with_stmt(&mut self, w: &'a ast::StmtWith, item: usize) -> CResult<()> {
        let it = &w.items[item];
        let exc = self.label();
        let cleanup = self.label();
        let suppress = self.label();
        let end = self.label();
        let is_async = w.is_async;
        self.expr(&it.context_expr)?;
        self.set_loc(it.context_expr.range());
        if is_async {
            self.emit(Opcode::BEFORE_ASYNC_WITH, 0);
            self.emit(Opcode::GET_AWAITABLE, 1);
            self.yield_from_loop();
        } else {
            self.emit(Opcode::BEFORE_WITH, 0);
        }
        // The handler keeps only the exit function, not `__enter__`'s result.
        self.u().push_handler_below(exc, false, 1);
        self.fblocks
            .last_mut()
            .unwrap()
            .push(FBlock::With { is_async });
        match &it.optional_vars {
            Some(t) => self.target(t, Ctx::Store)?,
            None => self.emit(Opcode::POP_TOP, 0),
        }
        if item + 1 < w.items.len() {
            self.with_stmt(w, item + 1)?;
        } else {
            self.stmts(&w.body)?;
        }
        self.fblocks.last_mut().unwrap().pop();
        self.u().pop_handler();
        self.set_loc(w.range);
        self.call_exit_none(is_async);
        self.jump(Opcode::JUMP, end);
        // Exceptional exit: [exit, exc]
        self.bind(exc);
        self.u().push_handler(cleanup, false);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.emit(Opcode::WITH_EXCEPT_START, 0);
        if is_async {
            self.emit(Opcode::GET_AWAITABLE, 2);
            self.yield_from_loop();
        }
        self.jump(Opcode::POP_JUMP_IF_TRUE, suppress);
        self.emit(Opcode::RERAISE, 2);
        self.bind(suppress);
        self.emit(Opcode::POP_TOP, 0);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::POP_TOP, 0);
        self.u().pop_handler();
        self.jump(Opcode::JUMP, end);
        self.bind(cleanup);
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::RERAISE, 1);
        self.bind(end);
        Ok(())
    }

    /// With `[exit]` on the stack: `exit(None, None, None)` (awaited for `async with`) and
    /// discard the result.
    fn call_exit_none(&mut self, is_async: bool) {
        self.emit(Opcode::PUSH_NULL, 0);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.emit(Opcode::CALL, 3);
        if is_async {
            self.emit(Opcode::GET_AWAITABLE, 2);
            self.yield_from_loop();
        }
        self.emit(Opcode::POP_TOP, 0);
    }

    /// Whether the unit being compiled is an `async def` (or an async generator expression).
    fn in_async_function(&self) -> bool {
        let u = self.units.last().unwrap();
        u.flags & (CodeFlags::COROUTINE | CodeFlags::ASYNC_GENERATOR) != 0
    }

    fn try_handlers(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        if t.is_star {
            self.try_star(t)
        } else {
            self.try_except(t)
        }
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let handler = self.label();
        let end = self.label();
        let cleanup = self.label();
        self.u().push_handler(handler, false);
        self.fblocks.last_mut().unwrap().push(FBlock::TryExcept);
        self.stmts(&t.body)?;
        self.fblocks.last_mut().unwrap().pop();
        self.u().pop_handler();
        self.stmts(&t.orelse)?;
        self.jump(Opcode::JUMP, end);
        // [exc]
        self.bind(handler);
        self.u().push_handler(cleanup, false);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.fblocks
            .last_mut()
            .unwrap()
            .push(FBlock::ExceptionHandler);
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_loc(h.range);
            let next = self.label();
            match &h.type_ {
                Some(ty) => {
                    self.expr(ty)?;
                    self.set_loc(h.range);
                    self.emit(Opcode::CHECK_EXC_MATCH, 0);
                    self.jump(Opcode::POP_JUMP_IF_FALSE, next);
                }
                None => {
                    if i + 1 < n {
                        return err("default 'except:' must be last", h.range);
                    }
                }
            }
            match &h.name {
                Some(name) => {
                    self.store_name(&name.id)?;
                    let body_cleanup = self.label();
                    self.u().push_handler(body_cleanup, false);
                    self.fblocks
                        .last_mut()
                        .unwrap()
                        .push(FBlock::HandlerCleanup {
                            name: Some(name.id.to_string()),
                        });
                    self.stmts(&h.body)?;
                    self.fblocks.last_mut().unwrap().pop();
                    self.u().pop_handler();
                    self.emit(Opcode::POP_EXCEPT, 0);
                    self.clear_name(&name.id)?;
                    self.jump(Opcode::JUMP, end);
                    // Exception inside the handler body: [prev, exc2]
                    self.bind(body_cleanup);
                    self.clear_name(&name.id)?;
                    self.emit(Opcode::RERAISE, 1);
                }
                None => {
                    self.emit(Opcode::POP_TOP, 0);
                    self.fblocks
                        .last_mut()
                        .unwrap()
                        .push(FBlock::HandlerCleanup { name: None });
                    self.stmts(&h.body)?;
                    self.fblocks.last_mut().unwrap().pop();
                    self.emit(Opcode::POP_EXCEPT, 0);
                    self.jump(Opcode::JUMP, end);
                }
            }
            self.bind(next);
        }
        self.fblocks.last_mut().unwrap().pop();
        // No clause matched: [prev, exc]
        self.emit(Opcode::RERAISE, 0);
        self.u().pop_handler();
        self.bind(cleanup);
        // [prev, exc2]
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::RERAISE, 1);
        self.bind(end);
        Ok(())
    }

    fn clear_name(&mut self, name: &str) -> CResult<()> {
        self.load_const(Constant::None);
        self.store_name(name)?;
        self.name_op(name, Ctx::Del, TextRange::default())
    }

    fn try_finally(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let handler = self.label();
        let cleanup = self.label();
        let end = self.label();
        self.u().push_handler(handler, false);
        self.fblocks
            .last_mut()
            .unwrap()
            .push(FBlock::TryFinally { body: &t.finalbody });
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
            self.stmts(&t.orelse)?;
        } else {
            self.try_handlers(t)?;
        }
        self.fblocks.last_mut().unwrap().pop();
        self.u().pop_handler();
        self.stmts(&t.finalbody)?;
        self.jump(Opcode::JUMP, end);
        // [exc]
        self.bind(handler);
        self.u().push_handler(cleanup, false);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.fblocks.last_mut().unwrap().push(FBlock::FinallyEnd);
        self.stmts(&t.finalbody)?;
        self.fblocks.last_mut().unwrap().pop();
        self.emit(Opcode::RERAISE, 0);
        self.u().pop_handler();
        self.bind(cleanup);
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::RERAISE, 1);
        self.bind(end);
        Ok(())
    }

    fn break_continue(&mut self, is_break: bool, range: TextRange) -> CResult<()> {
        // Find the innermost loop.
        let blocks = self.fblocks.last().unwrap();
        let pos = blocks
            .iter()
            .rposition(|b| matches!(b, FBlock::While { .. } | FBlock::For { .. }));
        let inner = &blocks[pos.map_or(0, |p| p + 1)..];
        if inner.iter().any(|b| matches!(b, FBlock::ExceptStar)) {
            return err(EXCEPT_STAR_EXIT, range);
        }
        let Some(pos) = pos else {
            return if is_break {
                err("'break' outside loop", range)
            } else {
                err("'continue' not properly in loop", range)
            };
        };
        let mut saved: Vec<FBlock<'a>> = Vec::new();
        // The code after the jump is still inside the blocks being unwound here.
        let saved_handlers = self.u().handler_stack.clone();
        // Unwind everything above the loop.
        while self.fblocks.last().unwrap().len() > pos + 1 {
            let b = self.fblocks.last_mut().unwrap().pop().unwrap();
            self.unwind_block(&b, false)?;
            saved.push(b);
        }
        let loop_block = self.fblocks.last_mut().unwrap().pop().unwrap();
        let (cont, brk, is_for) = match &loop_block {
            FBlock::While { cont, brk } => (*cont, *brk, false),
            FBlock::For { cont, brk } => (*cont, *brk, true),
            _ => unreachable!(),
        };
        self.set_loc(range);
        if is_break {
            if is_for {
                self.emit(Opcode::POP_TOP, 0);
            }
            self.jump(Opcode::JUMP, brk);
        } else {
            self.jump(Opcode::JUMP_BACKWARD, cont);
        }
        self.fblocks.last_mut().unwrap().push(loop_block);
        while let Some(b) = saved.pop() {
            self.fblocks.last_mut().unwrap().push(b);
        }
        self.u().handler_stack = saved_handlers;
        Ok(())
    }

    /// Unwinds every frame block of the current unit before a `return`.
    fn unwind_all(&mut self, preserve_tos: bool, _range: TextRange) -> CResult<()> {
        let mut saved: Vec<FBlock<'a>> = Vec::new();
        let saved_handlers = self.u().handler_stack.clone();
        while let Some(b) = self.fblocks.last_mut().unwrap().pop() {
            self.unwind_block(&b, preserve_tos)?;
            saved.push(b);
        }
        while let Some(b) = saved.pop() {
            self.fblocks.last_mut().unwrap().push(b);
        }
        self.u().handler_stack = saved_handlers;
        Ok(())
    }

    fn unwind_block(&mut self, b: &FBlock<'a>, preserve_tos: bool) -> CResult<()> {
        match b {
            FBlock::While { .. } | FBlock::TryExcept => {
                if matches!(b, FBlock::TryExcept) {
                    self.u().pop_handler();
                }
            }
            FBlock::For { .. } => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
            }
            FBlock::TryFinally { body } => {
                self.u().pop_handler();
                // The finally body runs with this block removed (already popped by caller).
                if preserve_tos {
                    self.fblocks.last_mut().unwrap().push(FBlock::PopValue);
                }
                self.stmts(body)?;
                if preserve_tos {
                    self.fblocks.last_mut().unwrap().pop();
                }
            }
            FBlock::FinallyEnd => {
                // [prev, exc]
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_EXCEPT, 0);
                self.u().pop_handler();
            }
            FBlock::With { is_async } => {
                self.u().pop_handler();
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.call_exit_none(*is_async);
            }
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.u().pop_handler();
                }
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_EXCEPT, 0);
                if let Some(n) = name {
                    let n = n.clone();
                    self.clear_name(&n)?;
                }
            }
            FBlock::ExceptionHandler => {
                self.u().pop_handler();
            }
            FBlock::ExceptStar => {}
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
            }
        }
        Ok(())
    }

    // ----- names -------------------------------------------------------------------------------

    fn store_name(&mut self, name: &str) -> CResult<()> {
        self.name_op(name, Ctx::Store, TextRange::default())
    }

    fn name_op(&mut self, name: &str, ctx: Ctx, range: TextRange) -> CResult<()> {
        if name == "__debug__" {
            if ctx == Ctx::Load {
                self.load_const(Constant::Bool(self.optimize == 0));
                return Ok(());
            }
            return err(
                if ctx == Ctx::Del {
                    "cannot delete __debug__"
                } else {
                    "cannot assign to __debug__"
                },
                range,
            );
        }
        let unit = self.units.last().unwrap();
        // Inlined comprehensions, innermost first.
        let mut global_from_comp = false;
        for (scope, overlay) in unit.inlined.iter().rev() {
            if let Some(slot) = overlay.get(name) {
                let slot = *slot;
                return self.emit_slot_op(slot, ctx);
            }
            match self.table.scopes[*scope].lookup(name) {
                Some(NameScope::GlobalImplicit) | Some(NameScope::GlobalExplicit) => {
                    global_from_comp = true;
                    break;
                }
                Some(NameScope::Free) | None => continue,
                _ => continue,
            }
        }
        let sc = &self.table.scopes[unit.scope];
        let res = sc.lookup(name).unwrap_or(NameScope::GlobalImplicit);
        // In an annotation scope of a class body, globals are looked up in the class first.
        if ctx == Ctx::Load
            && sc.kind == ScopeKind::TypeParams
            && res == NameScope::GlobalImplicit
            && let Some(&slot) = unit.fast.get(".classdict")
        {
            let mangled = self.mangle(name);
            let i = self.u().add_name(&mangled);
            self.emit(Opcode::LOAD_FAST, slot);
            self.emit(Opcode::LOAD_FROM_DICT_OR_GLOBALS, i);
            return Ok(());
        }
        let function_like = sc.is_function_like();
        let is_class = sc.kind == ScopeKind::Class;
        let op = if global_from_comp && !matches!(res, NameScope::Cell | NameScope::Free) {
            match ctx {
                Ctx::Load => Opcode::LOAD_GLOBAL,
                Ctx::Store => Opcode::STORE_GLOBAL,
                Ctx::Del => Opcode::DELETE_GLOBAL,
            }
        } else {
            match res {
                NameScope::Local if function_like => {
                    let i = *unit.fast.get(name).expect("local slot");
                    return self.emit_slot_op(Slot::Fast(i), ctx);
                }
                NameScope::Cell => {
                    let i = unit.cells[name];
                    return self.emit_slot_op(Slot::Cell(i), ctx);
                }
                NameScope::Free => {
                    let i = unit.frees[name];
                    if is_class && ctx == Ctx::Load {
                        self.emit(Opcode::LOAD_CLASSDEREF, i | FREE_TAG);
                        return Ok(());
                    }
                    return self.emit_slot_op(Slot::Free(i), ctx);
                }
                NameScope::GlobalExplicit => match ctx {
                    Ctx::Load => Opcode::LOAD_GLOBAL,
                    Ctx::Store => Opcode::STORE_GLOBAL,
                    Ctx::Del => Opcode::DELETE_GLOBAL,
                },
                NameScope::GlobalImplicit if function_like => match ctx {
                    Ctx::Load => Opcode::LOAD_GLOBAL,
                    Ctx::Store => Opcode::STORE_GLOBAL,
                    Ctx::Del => Opcode::DELETE_GLOBAL,
                },
                _ => match ctx {
                    Ctx::Load => Opcode::LOAD_NAME,
                    Ctx::Store => Opcode::STORE_NAME,
                    Ctx::Del => Opcode::DELETE_NAME,
                },
            }
        };
        let mangled = self.mangle(name);
        let i = self.u().add_name(&mangled);
        self.emit(op, i);
        Ok(())
    }

    fn emit_slot_op(&mut self, slot: Slot, ctx: Ctx) -> CResult<()> {
        let (op, arg) = match (slot, ctx) {
            (Slot::Fast(i), Ctx::Load) => (Opcode::LOAD_FAST, i),
            (Slot::Fast(i), Ctx::Store) => (Opcode::STORE_FAST, i),
            (Slot::Fast(i), Ctx::Del) => (Opcode::DELETE_FAST, i),
            (Slot::Cell(i), c) => (deref_op(c), i | CELL_TAG),
            (Slot::Free(i), c) => (deref_op(c), i | FREE_TAG),
        };
        self.emit(op, arg);
        Ok(())
    }

    // ----- targets -----------------------------------------------------------------------------

    /// `a, b = b, a` with up to three names on each side: the values are evaluated onto the
    /// stack and reordered with SWAP instead of building and unpacking a tuple (the same
    /// stores happen in the same order). Returns false when the statement has another shape.
    fn swap_assign(&mut self, target: &'a Expr, value: &'a Expr) -> CResult<bool> {
        let (Expr::Tuple(ast::ExprTuple { elts: targets, .. })
        | Expr::List(ast::ExprList { elts: targets, .. })) = target
        else {
            return Ok(false);
        };
        let Expr::Tuple(ast::ExprTuple { elts: values, .. }) = value else {
            return Ok(false);
        };
        let starred = |e: &Expr| matches!(e, Expr::Starred(_));
        if targets.len() != values.len()
            || !(1..=3).contains(&values.len())
            || targets.iter().any(starred)
            || values.iter().any(starred)
        {
            return Ok(false);
        }
        for v in values {
            self.expr(v)?;
        }
        if values.len() > 1 {
            self.emit(Opcode::SWAP, values.len() as u32);
        }
        for t in targets {
            self.target(t, Ctx::Store)?;
        }
        Ok(true)
    }

    fn target(&mut self, t: &'a Expr, ctx: Ctx) -> CResult<()> {
        self.set_loc(t.range());
        match t {
            Expr::Name(n) => self.name_op(&n.id, ctx, n.range),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_loc(a.range);
                let mangled = self.mangle(&a.attr.id);
                let i = self.u().add_name(&mangled);
                self.emit(
                    if ctx == Ctx::Del {
                        Opcode::DELETE_ATTR
                    } else {
                        Opcode::STORE_ATTR
                    },
                    i,
                );
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_key(&s.slice)?;
                self.set_loc(s.range);
                self.emit(
                    if ctx == Ctx::Del {
                        Opcode::DELETE_SUBSCR
                    } else {
                        Opcode::STORE_SUBSCR
                    },
                    0,
                );
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                if ctx == Ctx::Del {
                    for e in elts {
                        self.target(e, ctx)?;
                    }
                    return Ok(());
                }
                let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
                match star {
                    None => self.emit(Opcode::UNPACK_SEQUENCE, elts.len() as u32),
                    Some(p) => {
                        if elts
                            .iter()
                            .filter(|e| matches!(e, Expr::Starred(_)))
                            .count()
                            > 1
                        {
                            return err("multiple starred expressions in assignment", t.range());
                        }
                        let after = elts.len() - p - 1;
                        if p > 255 || after > 255 {
                            return err(
                                "too many expressions in star-unpacking assignment",
                                t.range(),
                            );
                        }
                        self.emit(Opcode::UNPACK_EX, p as u32 | ((after as u32) << 8));
                    }
                }
                for e in elts {
                    match e {
                        Expr::Starred(s) => self.target(&s.value, ctx)?,
                        other => self.target(other, ctx)?,
                    }
                }
                Ok(())
            }
            Expr::Starred(s) => err(
                "starred assignment target must be in a list or tuple",
                s.range,
            ),
            other => err(
                format!(
                    "cannot {} {}",
                    if ctx == Ctx::Del {
                        "delete"
                    } else {
                        "assign to"
                    },
                    describe(other)
                ),
                other.range(),
            ),
        }
    }

    fn subscript_key(&mut self, key: &'a Expr) -> CResult<()> {
        match key {
            Expr::Slice(s) => self.slice(s),
            // `tuple[*Ts]` subscripts with the tuple `(*Ts,)`.
            Expr::Starred(_) => self.sequence(std::slice::from_ref(key), Opcode::BUILD_TUPLE),
            other => self.expr(other),
        }
    }

    fn slice(&mut self, s: &'a ast::ExprSlice) -> CResult<()> {
        let mut n = 2;
        for part in [&s.lower, &s.upper] {
            match part {
                Some(e) => self.expr(e)?,
                None => self.load_const(Constant::None),
            }
        }
        if let Some(step) = &s.step {
            self.expr(step)?;
            n = 3;
        }
        self.emit(Opcode::BUILD_SLICE, n);
        Ok(())
    }

    // ----- expressions -------------------------------------------------------------------------

    /// Compiles a condition and jumps to `target` when its truth equals `when`.
    fn jump_if(&mut self, e: &'a Expr, when: bool, target: Label) -> CResult<()> {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                return self.jump_if(&u.operand, !when, target);
            }
            Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                // `a and b` jumps-if-false when any is false; `a or b` jumps-if-true when any is true.
                if is_and != when {
                    for v in &b.values {
                        self.jump_if(v, when, target)?;
                    }
                } else {
                    let skip = self.label();
                    let n = b.values.len();
                    for (i, v) in b.values.iter().enumerate() {
                        if i + 1 < n {
                            self.jump_if(v, !when, skip)?;
                        } else {
                            self.jump_if(v, when, target)?;
                        }
                    }
                    self.bind(skip);
                }
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        self.jump(
            if when {
                Opcode::POP_JUMP_IF_TRUE
            } else {
                Opcode::POP_JUMP_IF_FALSE
            },
            target,
        );
        Ok(())
    }

    fn expr(&mut self, e: &'a Expr) -> CResult<()> {
        let saved = self.u().loc;
        self.set_loc(e.range());
        let r = self.expr_inner(e);
        self.u().loc = saved;
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult<()> {
        match e {
            Expr::BoolOp(b) => {
                let end = self.label();
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        self.emit(Opcode::COPY, 1);
                        self.jump(
                            if b.op == ast::BoolOp::And {
                                Opcode::POP_JUMP_IF_FALSE
                            } else {
                                Opcode::POP_JUMP_IF_TRUE
                            },
                            end,
                        );
                        self.emit(Opcode::POP_TOP, 0);
                    }
                }
                self.bind(end);
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(Opcode::COPY, 1);
                self.target(&n.target, Ctx::Store)?;
            }
            Expr::BinOp(b) => {
                if let Some(c) = fold_binop(b) {
                    self.load_const(c);
                    return Ok(());
                }
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.set_loc(b.range);
                self.emit(Opcode::BINARY_OP, binop(b.op) as u32);
            }
            Expr::UnaryOp(u) => {
                if let Some(c) = fold_unary(u) {
                    self.load_const(c);
                    return Ok(());
                }
                self.expr(&u.operand)?;
                self.set_loc(u.range);
                self.emit(
                    match u.op {
                        ast::UnaryOp::Not => Opcode::UNARY_NOT,
                        ast::UnaryOp::USub => Opcode::UNARY_NEGATIVE,
                        ast::UnaryOp::UAdd => Opcode::UNARY_POSITIVE,
                        ast::UnaryOp::Invert => Opcode::UNARY_INVERT,
                    },
                    0,
                );
            }
            Expr::Lambda(l) => {
                let scope = self.scope_of(ScopeKind::Lambda, l.range);
                let line = self.line_col(l.range.start().to_u32()).0;
                match &l.parameters {
                    Some(p) => self.make_function(
                        scope,
                        "<lambda>",
                        p,
                        None,
                        FuncBody::Expr(&l.body),
                        line,
                    )?,
                    None => {
                        let p: &'a ast::Parameters = Box::leak(Box::default());
                        self.make_function(
                            scope,
                            "<lambda>",
                            p,
                            None,
                            FuncBody::Expr(&l.body),
                            line,
                        )?
                    }
                }
            }
            Expr::If(i) => {
                let orelse = self.label();
                let end = self.label();
                self.jump_if(&i.test, false, orelse)?;
                self.expr(&i.body)?;
                self.jump(Opcode::JUMP, end);
                self.bind(orelse);
                self.expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Dict(d) => {
                let has_unpack = d.items.iter().any(|i| i.key.is_none());
                if !has_unpack && d.items.len() < 16 {
                    for item in &d.items {
                        self.expr(item.key.as_ref().unwrap())?;
                        self.expr(&item.value)?;
                    }
                    self.emit(Opcode::BUILD_MAP, d.items.len() as u32);
                } else {
                    self.emit(Opcode::BUILD_MAP, 0);
                    for item in &d.items {
                        match &item.key {
                            Some(k) => {
                                self.expr(k)?;
                                self.expr(&item.value)?;
                                self.emit(Opcode::MAP_ADD, 1);
                            }
                            None => {
                                self.expr(&item.value)?;
                                self.emit(Opcode::DICT_UPDATE, 1);
                            }
                        }
                    }
                }
            }
            Expr::Set(s) => self.sequence(&s.elts, Opcode::BUILD_SET)?,
            Expr::List(l) => {
                if l.ctx != ast::ExprContext::Load {
                    return err("invalid list context", l.range);
                }
                self.sequence(&l.elts, Opcode::BUILD_LIST)?
            }
            Expr::Tuple(t) => {
                if let Some(c) = const_tuple(&t.elts) {
                    self.load_const(c);
                } else {
                    self.sequence(&t.elts, Opcode::BUILD_TUPLE)?
                }
            }
            Expr::ListComp(c) => {
                self.inlined_comprehension(c.range, &c.generators, CompKind::List(&c.elt))?
            }
            Expr::SetComp(c) => {
                self.inlined_comprehension(c.range, &c.generators, CompKind::Set(&c.elt))?
            }
            Expr::DictComp(c) => {
                let Some(k) = &c.key else {
                    return err(
                        "dict unpacking cannot be used in dict comprehension",
                        c.range,
                    );
                };
                self.inlined_comprehension(c.range, &c.generators, CompKind::Dict(k, &c.value))?
            }
            Expr::Generator(g) => self.genexpr(g)?,
            Expr::Await(a) => {
                return match self.scope_kind() {
                    ScopeKind::Module | ScopeKind::Class => {
                        err("'await' outside function", a.range)
                    }
                    _ if !self.in_async_function() => {
                        err("'await' outside async function", a.range)
                    }
                    _ => {
                        self.expr(&a.value)?;
                        self.set_loc(a.range);
                        self.emit(Opcode::GET_AWAITABLE, 0);
                        self.yield_from_loop();
                        Ok(())
                    }
                };
            }
            Expr::Yield(y) => {
                if !matches!(
                    self.scope_kind(),
                    ScopeKind::Function | ScopeKind::Lambda | ScopeKind::GenExpr
                ) {
                    return err("'yield' outside function", y.range);
                }
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.set_loc(y.range);
                self.yield_value();
            }
            Expr::YieldFrom(y) => {
                if !matches!(
                    self.scope_kind(),
                    ScopeKind::Function | ScopeKind::Lambda | ScopeKind::GenExpr
                ) {
                    return err("'yield' outside function", y.range);
                }
                if self.u().flags & CodeFlags::COROUTINE != 0 {
                    return err("'yield from' inside async function", y.range);
                }
                self.expr(&y.value)?;
                self.set_loc(y.range);
                self.emit(Opcode::GET_YIELD_FROM_ITER, 0);
                self.yield_from_loop();
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::Call(c) => self.call(c)?,
            Expr::FString(f) => {
                let mut n = 0;
                for part in f.value.iter() {
                    match part {
                        ast::FStringPart::Literal(l) => {
                            if !l.value.is_empty() {
                                self.load_const(Constant::Str(l.value.as_ref().into()));
                                n += 1;
                            }
                        }
                        ast::FStringPart::FString(fs) => {
                            n += self.fstring_elements(&fs.elements)?
                        }
                    }
                }
                if n == 0 {
                    self.load_const(Constant::Str("".into()));
                } else if n > 1 {
                    self.emit(Opcode::BUILD_STRING, n);
                }
            }
            Expr::TString(t) => {
                return err("template strings are not part of Python 3.12", t.range);
            }
            Expr::StringLiteral(s) => self.load_const(Constant::Str(s.value.to_str().into())),
            Expr::BytesLiteral(b) => {
                let bytes: Vec<u8> = b.value.bytes().collect();
                self.load_const(Constant::Bytes(bytes.into()))
            }
            Expr::NumberLiteral(n) => {
                let c = number_const(&n.value);
                self.load_const(c)
            }
            Expr::BooleanLiteral(b) => self.load_const(Constant::Bool(b.value)),
            Expr::NoneLiteral(_) => self.load_const(Constant::None),
            Expr::EllipsisLiteral(_) => self.load_const(Constant::Ellipsis),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_loc(a.range);
                let mangled = self.mangle(&a.attr.id);
                let i = self.u().add_name(&mangled);
                self.emit(Opcode::LOAD_ATTR, i);
            }
            Expr::Subscript(s) => {
                self.check_literal_use(&s.value, s.range, false);
                self.check_index(&s.value, &s.slice, s.range);
                self.expr(&s.value)?;
                self.subscript_key(&s.slice)?;
                self.set_loc(s.range);
                self.emit(Opcode::BINARY_SUBSCR, 0);
            }
            Expr::Starred(s) => return err("can't use starred expression here", s.range),
            Expr::Name(n) => self.name_op(&n.id, Ctx::Load, n.range)?,
            Expr::Slice(s) => self.slice(s)?,
            Expr::IpyEscapeCommand(c) => return err("invalid syntax", c.range),
        }
        Ok(())
    }

    /// Yields the value on top (wrapped so `asend` can tell it from an awaited value, in an
    /// async generator).
    fn yield_value(&mut self) {
        if self.u().flags & CodeFlags::ASYNC_GENERATOR != 0 {
            self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::AsyncGenWrap as u32);
        }
        self.emit(Opcode::YIELD_VALUE, 0);
    }

    /// With `[iter, value]` on the stack, delegates to the sub-iterator until it returns;
    /// leaves the return value.
    fn yield_from_loop(&mut self) {
        self.load_const(Constant::None);
        let send = self.label();
        let exit = self.label();
        self.bind(send);
        self.jump(Opcode::SEND, exit);
        self.emit(Opcode::YIELD_VALUE, 1);
        self.jump(Opcode::JUMP_BACKWARD, send);
        self.bind(exit);
    }

    fn fstring_elements(&mut self, elements: &'a ast::InterpolatedStringElements) -> CResult<u32> {
        let mut n = 0;
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    if !l.value.is_empty() {
                        self.load_const(Constant::Str(l.value.as_ref().into()));
                        n += 1;
                    }
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conversion = match i.conversion {
                        ast::ConversionFlag::None => 0,
                        ast::ConversionFlag::Str => 1,
                        ast::ConversionFlag::Repr => 2,
                        ast::ConversionFlag::Ascii => 3,
                    };
                    if let Some(dbg) = &i.debug_text {
                        let text =
                            format!("{}{}{}", dbg.leading(), dbg.expression(), dbg.trailing());
                        self.load_const(Constant::Str(text.into()));
                        n += 1;
                        if conversion == 0 && i.format_spec.is_none() {
                            conversion = 2;
                        }
                    }
                    self.expr(&i.expression)?;
                    let mut flags = conversion;
                    if let Some(spec) = &i.format_spec {
                        let k = self.fstring_elements(&spec.elements)?;
                        if k == 0 {
                            self.load_const(Constant::Str("".into()));
                        } else if k > 1 {
                            self.emit(Opcode::BUILD_STRING, k);
                        }
                        flags |= 4;
                    }
                    self.emit(Opcode::FORMAT_VALUE, flags);
                    n += 1;
                }
            }
        }
        Ok(n)
    }

    fn sequence(&mut self, elts: &'a [Expr], build: Opcode) -> CResult<()> {
        let has_star = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if !has_star {
            for e in elts {
                self.expr(e)?;
            }
            let mut arg = elts.len() as u32;
            if build == Opcode::BUILD_SET
                && elts.len() > 2
                && elts.iter().all(|e| match e {
                    Expr::BinOp(b) => fold_binop(b).is_some(),
                    other => literal_const(other).is_some(),
                })
            {
                arg |= ferrython_bytecode::opcode::CONST_SET_FLAG;
            }
            self.emit(build, arg);
            return Ok(());
        }
        let (start, add, extend) = if build == Opcode::BUILD_SET {
            (Opcode::BUILD_SET, Opcode::SET_ADD, Opcode::SET_UPDATE)
        } else {
            (Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND)
        };
        self.emit(start, 0);
        for e in elts {
            match e {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(extend, 1);
                }
                other => {
                    self.expr(other)?;
                    self.emit(add, 1);
                }
            }
        }
        if build == Opcode::BUILD_TUPLE {
            self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::ListToTuple as u32);
        }
        Ok(())
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> CResult<()> {
        self.check_is_literal(c);
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.expr(&c.comparators[0])?;
            self.set_loc(c.range);
            self.cmp_op(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.label();
        let end = self.label();
        for i in 0..n {
            self.expr(&c.comparators[i])?;
            self.set_loc(c.range);
            if i + 1 < n {
                self.emit(Opcode::SWAP, 2);
                self.emit(Opcode::COPY, 2);
                self.cmp_op(c.ops[i]);
                self.emit(Opcode::COPY, 1);
                self.jump(Opcode::POP_JUMP_IF_FALSE, cleanup);
                self.emit(Opcode::POP_TOP, 0);
            } else {
                self.cmp_op(c.ops[i]);
            }
        }
        self.jump(Opcode::JUMP, end);
        self.bind(cleanup);
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::POP_TOP, 0);
        self.bind(end);
        Ok(())
    }

    fn cmp_op(&mut self, op: ast::CmpOp) {
        use ast::CmpOp as C;
        match op {
            C::Eq => self.emit(Opcode::COMPARE_OP, CmpOp::Eq as u32),
            C::NotEq => self.emit(Opcode::COMPARE_OP, CmpOp::Ne as u32),
            C::Lt => self.emit(Opcode::COMPARE_OP, CmpOp::Lt as u32),
            C::LtE => self.emit(Opcode::COMPARE_OP, CmpOp::Le as u32),
            C::Gt => self.emit(Opcode::COMPARE_OP, CmpOp::Gt as u32),
            C::GtE => self.emit(Opcode::COMPARE_OP, CmpOp::Ge as u32),
            C::Is => self.emit(Opcode::IS_OP, 0),
            C::IsNot => self.emit(Opcode::IS_OP, 1),
            C::In => self.emit(Opcode::CONTAINS_OP, 0),
            C::NotIn => self.emit(Opcode::CONTAINS_OP, 1),
        }
    }

    fn call(&mut self, c: &'a ast::ExprCall) -> CResult<()> {
        self.check_literal_use(&c.func, c.range(), true);
        let simple = !c
            .arguments
            .args
            .iter()
            .any(|a| matches!(a, Expr::Starred(_)))
            && !c.arguments.keywords.iter().any(|k| k.arg.is_none());
        match c.func.as_ref() {
            Expr::Attribute(a) if simple => {
                self.expr(&a.value)?;
                self.set_loc(a.range);
                let mangled = self.mangle(&a.attr.id);
                let i = self.u().add_name(&mangled);
                self.emit(Opcode::LOAD_METHOD, i);
            }
            f => {
                self.expr(f)?;
                self.emit(Opcode::PUSH_NULL, 0);
            }
        }
        self.call_args(&c.arguments, 0, c.range())
    }

    /// Compiles call arguments after the callable and self-or-null; `extra` positional
    /// arguments are already on the stack.
    fn call_args(&mut self, args: &'a ast::Arguments, extra: u32, range: TextRange) -> CResult<()> {
        self.call_args_with(args, extra, range, None)
    }

    /// `call_args` with one more positional argument after the written ones: the local
    /// named `trailing`.
    fn call_args_with(
        &mut self,
        args: &'a ast::Arguments,
        extra: u32,
        range: TextRange,
        trailing: Option<&str>,
    ) -> CResult<()> {
        let simple = !args.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            && !args.keywords.iter().any(|k| k.arg.is_none());
        let extra_arg = trailing.is_some() as u32;
        if simple {
            for a in args.args.iter() {
                self.expr(a)?;
            }
            if let Some(t) = trailing {
                self.name_op(t, Ctx::Load, range)?;
            }
            let mut names = Vec::new();
            for k in args.keywords.iter() {
                let name = k.arg.as_ref().unwrap();
                if names
                    .iter()
                    .any(|n: &Constant| matches!(n, Constant::Str(s) if **s == *name.id.as_str()))
                {
                    return err(format!("keyword argument repeated: {}", name.id), k.range);
                }
                self.expr(&k.value)?;
                names.push(Constant::Str(name.id.as_str().into()));
            }
            self.set_loc(range);
            let argc = extra + extra_arg + args.args.len() as u32 + names.len() as u32;
            if names.is_empty() {
                self.emit(Opcode::CALL, argc);
            } else {
                self.load_const(Constant::Tuple(names.into()));
                self.emit(Opcode::CALL_KW, argc);
            }
            return Ok(());
        }
        // General form: build a positional tuple and a keyword dict.
        if extra > 0 {
            self.emit(Opcode::BUILD_LIST, extra);
        } else {
            self.emit(Opcode::BUILD_LIST, 0);
        }
        for a in args.args.iter() {
            match a {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    // The flag tells the VM the list holds call arguments (for its message).
                    self.emit(
                        Opcode::LIST_EXTEND,
                        1 | ferrython_bytecode::opcode::CALL_ARGS_FLAG,
                    );
                }
                other => {
                    self.expr(other)?;
                    self.emit(Opcode::LIST_APPEND, 1);
                }
            }
        }
        if let Some(t) = trailing {
            self.name_op(t, Ctx::Load, range)?;
            self.emit(Opcode::LIST_APPEND, 1);
        }
        self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::ListToTuple as u32);
        let mut has_kw = false;
        if !args.keywords.is_empty() {
            has_kw = true;
            self.emit(Opcode::BUILD_MAP, 0);
            // Runs of named keywords become a dict merged in like a `**` argument, so a name
            // repeated across them is the same TypeError.
            let mut pending = 0;
            for k in args.keywords.iter() {
                match &k.arg {
                    Some(name) => {
                        self.load_const(Constant::Str(name.id.as_str().into()));
                        self.expr(&k.value)?;
                        pending += 1;
                    }
                    None => {
                        if pending > 0 {
                            self.emit(Opcode::BUILD_MAP, pending);
                            self.emit(Opcode::DICT_MERGE, 1);
                            pending = 0;
                        }
                        self.expr(&k.value)?;
                        self.emit(Opcode::DICT_MERGE, 1);
                    }
                }
            }
            if pending > 0 {
                self.emit(Opcode::BUILD_MAP, pending);
                self.emit(Opcode::DICT_MERGE, 1);
            }
        }
        self.set_loc(range);
        self.emit(Opcode::CALL_FUNCTION_EX, has_kw as u32);
        Ok(())
    }

    fn genexpr(&mut self, g: &'a ast::ExprGenerator) -> CResult<()> {
        let scope = self.scope_of(ScopeKind::GenExpr, g.range);
        let line = self.line_col(g.range.start().to_u32()).0;
        self.enter_unit(scope, "<genexpr>", line);
        self.u().argcount = 1;
        self.set_loc(g.range);
        let outer = self.u().fast[".0"];
        self.comprehension_loops(&g.generators, 0, Some(outer), &CompKind::Gen(&g.elt), 0)?;
        self.return_none();
        let code = self.leave_unit()?;
        self.emit_closure_and_make(code, 0)?;
        self.emit(Opcode::PUSH_NULL, 0);
        self.expr(&g.generators[0].iter)?;
        self.emit(
            if g.generators[0].is_async {
                Opcode::GET_AITER
            } else {
                Opcode::GET_ITER
            },
            0,
        );
        self.set_loc(g.range);
        self.emit(Opcode::CALL, 1);
        Ok(())
    }

    fn inlined_comprehension(
        &mut self,
        range: TextRange,
        gens: &'a [ast::Comprehension],
        kind: CompKind<'a>,
    ) -> CResult<()> {
        let scope = self.scope_of(ScopeKind::Comprehension, range);
        if self.table.scopes[scope].is_coroutine && !self.in_async_function() {
            return err(
                "asynchronous comprehension outside of an asynchronous function",
                range,
            );
        }
        // The first iterable is evaluated outside the comprehension scope.
        self.expr(&gens[0].iter)?;
        self.set_loc(range);
        self.emit(
            if gens[0].is_async {
                Opcode::GET_AITER
            } else {
                Opcode::GET_ITER
            },
            0,
        );
        let mut overlay = HashMap::new();
        let sc = &self.table.scopes[scope];
        let names: Vec<(String, NameScope)> = sc
            .order
            .iter()
            .filter_map(|n| sc.resolved.get(n).map(|r| (n.clone(), *r)))
            .collect();
        for (n, r) in names {
            match r {
                NameScope::Local => {
                    let i = self.u().add_hidden_fast(&n);
                    overlay.insert(n, Slot::Fast(i));
                }
                NameScope::Cell => {
                    let i = self.u().add_hidden_cell(&n);
                    overlay.insert(n, Slot::Cell(i));
                }
                _ => {}
            }
        }
        self.u().inlined.push((scope, overlay));
        self.emit(
            match kind {
                CompKind::List(_) => Opcode::BUILD_LIST,
                CompKind::Set(_) => Opcode::BUILD_SET,
                CompKind::Dict(..) => Opcode::BUILD_MAP,
                CompKind::Gen(_) => unreachable!(),
            },
            0,
        );
        self.emit(Opcode::SWAP, 2);
        let r = self.comprehension_loops(gens, 0, None, &kind, 1);
        let (_, overlay) = self.u().inlined.pop().expect("inlined scope");
        r?;
        // The comprehension's variables are unbound again afterwards (locals() must not
        // show them), as CPython restores the slots it borrowed.
        let mut fast: Vec<u32> = overlay
            .values()
            .filter_map(|s| match s {
                Slot::Fast(i) => Some(*i),
                _ => None,
            })
            .collect();
        fast.sort_unstable();
        for i in fast {
            self.emit(Opcode::PUSH_NULL, 0);
            self.emit(Opcode::STORE_FAST, i);
        }
        Ok(())
    }

    /// Emits the nested loops of a comprehension. For generator `i`, the iterator is either
    /// already on the stack (`i == 0`, inlined), in fast slot `outer` (generator expression),
    /// or computed here.
    fn comprehension_loops(
        &mut self,
        gens: &'a [ast::Comprehension],
        i: usize,
        outer: Option<u32>,
        kind: &CompKind<'a>,
        depth: u32,
    ) -> CResult<()> {
        let g = &gens[i];
        if i == 0 {
            if let Some(slot) = outer {
                self.emit(Opcode::LOAD_FAST, slot);
            }
        } else {
            self.expr(&g.iter)?;
            self.emit(
                if g.is_async {
                    Opcode::GET_AITER
                } else {
                    Opcode::GET_ITER
                },
                0,
            );
        }
        let top = self.label();
        let end = self.label();
        self.bind(top);
        self.set_loc(g.range);
        if g.is_async {
            self.async_for_next(end);
        } else {
            self.jump(Opcode::FOR_ITER, end);
        }
        self.target(&g.target, Ctx::Store)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, top)?;
        }
        if i + 1 < gens.len() {
            self.comprehension_loops(gens, i + 1, outer, kind, depth + 1)?;
        } else {
            match kind {
                CompKind::List(e) => {
                    self.expr(e)?;
                    self.emit(Opcode::LIST_APPEND, depth + 1);
                }
                CompKind::Set(e) => {
                    self.expr(e)?;
                    self.emit(Opcode::SET_ADD, depth + 1);
                }
                CompKind::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Opcode::MAP_ADD, depth + 1);
                }
                CompKind::Gen(e) => {
                    self.expr(e)?;
                    self.yield_value();
                    self.emit(Opcode::POP_TOP, 0);
                }
            }
        }
        self.jump(Opcode::JUMP_BACKWARD, top);
        self.bind(end);
        if g.is_async {
            self.emit(Opcode::END_ASYNC_FOR, 0);
        }
        Ok(())
    }
}

enum FuncBody<'a> {
    Stmts(&'a [Stmt]),
    Expr(&'a Expr),
}

enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

fn deref_op(c: Ctx) -> Opcode {
    match c {
        Ctx::Load => Opcode::LOAD_DEREF,
        Ctx::Store => Opcode::STORE_DEREF,
        Ctx::Del => Opcode::DELETE_DEREF,
    }
}

fn binop(op: ast::Operator) -> BinOp {
    use ast::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mul,
        O::MatMult => BinOp::MatMul,
        O::Div => BinOp::TrueDiv,
        O::FloorDiv => BinOp::FloorDiv,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitAnd => BinOp::And,
        O::BitOr => BinOp::Or,
        O::BitXor => BinOp::Xor,
    }
}

fn docstring(body: &[Stmt]) -> Option<&str> {
    if let Some(Stmt::Expr(e)) = body.first()
        && let Expr::StringLiteral(s) = e.value.as_ref()
    {
        return Some(s.value.to_str());
    }
    None
}

fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::If(i) => {
            has_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| has_annotations(&c.body))
        }
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        _ => false,
    })
}

fn is_constant_expr(e: &Expr) -> bool {
    matches!(
        e,
        Expr::StringLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
    )
}

/// Parses an integer literal token (with prefix and underscores) into a constant.
pub fn number_const(n: &ast::Number) -> Constant {
    match n {
        ast::Number::Int(i) => {
            if let Some(v) = i.as_i64() {
                return Constant::Int(v);
            }
            let text = i.to_string().replace('_', "");
            let (digits, radix) = match text.get(..2).map(|p| p.to_ascii_lowercase()) {
                Some(p) if p == "0x" => (&text[2..], 16),
                Some(p) if p == "0o" => (&text[2..], 8),
                Some(p) if p == "0b" => (&text[2..], 2),
                _ => (&text[..], 10),
            };
            let big = BigInt::parse_bytes(digits.as_bytes(), radix).unwrap_or_default();
            match i64::try_from(&big) {
                Ok(v) => Constant::Int(v),
                Err(_) => Constant::BigInt(Rc::new(big)),
            }
        }
        ast::Number::Float(f) => Constant::Float(*f),
        ast::Number::Complex { real, imag } => Constant::Complex(*real, *imag),
    }
}

fn literal_const(e: &Expr) -> Option<Constant> {
    Some(match e {
        Expr::NumberLiteral(n) => number_const(&n.value),
        Expr::StringLiteral(s) => Constant::Str(s.value.to_str().into()),
        Expr::BytesLiteral(b) => Constant::Bytes(b.value.bytes().collect::<Vec<u8>>().into()),
        Expr::BooleanLiteral(b) => Constant::Bool(b.value),
        Expr::NoneLiteral(_) => Constant::None,
        Expr::EllipsisLiteral(_) => Constant::Ellipsis,
        Expr::UnaryOp(u) => fold_unary(u)?,
        Expr::Tuple(t) => const_tuple(&t.elts)?,
        _ => return None,
    })
}

fn const_tuple(elts: &[Expr]) -> Option<Constant> {
    let mut out = Vec::with_capacity(elts.len());
    for e in elts {
        out.push(literal_const(e)?);
    }
    Some(Constant::Tuple(out.into()))
}

/// Folds `-<number>` so negative literals are single constants.
fn fold_unary(u: &ast::ExprUnaryOp) -> Option<Constant> {
    if u.op != ast::UnaryOp::USub {
        return None;
    }
    let Expr::NumberLiteral(n) = u.operand.as_ref() else {
        return None;
    };
    Some(match number_const(&n.value) {
        Constant::Int(i) => match i.checked_neg() {
            Some(v) => Constant::Int(v),
            None => Constant::BigInt(Rc::new(-BigInt::from(i))),
        },
        Constant::BigInt(b) => {
            let v = -(*b).clone();
            match i64::try_from(&v) {
                Ok(i) => Constant::Int(i),
                Err(_) => Constant::BigInt(Rc::new(v)),
            }
        }
        Constant::Float(f) => Constant::Float(-f),
        Constant::Complex(r, i) => Constant::Complex(-r, -i),
        _ => return None,
    })
}

/// Folds arithmetic on small int and float literals when the result is exact and small
/// (never folds anything that could raise or build a huge value, such as `2**1000` or `1/0`).
fn fold_binop(b: &ast::ExprBinOp) -> Option<Constant> {
    let l = literal_const(&b.left)?;
    let r = literal_const(&b.right)?;
    match (l, r) {
        (Constant::Int(x), Constant::Int(y)) => {
            let v = match b.op {
                ast::Operator::Add => x.checked_add(y)?,
                ast::Operator::Sub => x.checked_sub(y)?,
                ast::Operator::Mult => x.checked_mul(y)?,
                ast::Operator::Pow if (0..=64).contains(&y) => x.checked_pow(y as u32)?,
                ast::Operator::LShift if (0..32).contains(&y) && x.abs() < (1 << 30) => x << y,
                ast::Operator::BitAnd => x & y,
                ast::Operator::BitOr => x | y,
                ast::Operator::BitXor => x ^ y,
                _ => return None,
            };
            if v.unsigned_abs() >= (1 << 61) {
                return None;
            }
            Some(Constant::Int(v))
        }
        (Constant::Float(x), Constant::Float(y)) => match b.op {
            ast::Operator::Add => Some(Constant::Float(x + y)),
            ast::Operator::Sub => Some(Constant::Float(x - y)),
            ast::Operator::Mult => Some(Constant::Float(x * y)),
            _ => None,
        },
        (Constant::Str(x), Constant::Str(y))
            if b.op == ast::Operator::Add && x.len() + y.len() <= 4096 =>
        {
            Some(Constant::Str(format!("{x}{y}").into()))
        }
        _ => None,
    }
}

/// How CPython names an expression in "cannot assign to ..." messages.
pub fn describe(e: &Expr) -> &'static str {
    match e {
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Compare(_) => "comparison",
        Expr::Lambda(_) => "lambda",
        Expr::If(_) => "conditional expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Generator(_) => "generator expression",
        Expr::Await(_) => "await expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::FString(_) => "f-string expression",
        Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::NumberLiteral(_) => "literal",
        Expr::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        Expr::NoneLiteral(_) => "None",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::Named(_) => "named expression",
        _ => "expression",
    }
}

/// The text of an annotation under `from __future__ import annotations`: its source with
/// line breaks and the indentation after them folded into single spaces.
fn annotation_text(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    let mut lines = src.lines();
    if let Some(first) = lines.next() {
        out.push_str(first.trim_end());
    }
    for l in lines {
        let t = l.trim();
        if !t.is_empty() {
            if !out.ends_with(['(', '[', '{']) && !t.starts_with([')', ']', '}']) {
                out.push(' ');
            }
            out.push_str(t);
        }
    }
    single_quoted(&out)
}

/// Rewrites double-quoted string literals without single quotes or escapes as
/// single-quoted ones, as CPython's unparser writes them.
fn single_quoted(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\'' {
            // Copy a single-quoted literal unchanged.
            let mut j = i + 1;
            while j < chars.len() && chars[j] != '\'' {
                j += if chars[j] == '\\' { 2 } else { 1 };
            }
            let end = (j + 1).min(chars.len());
            out.extend(&chars[i..end]);
            i = end;
            continue;
        }
        if c == '"' {
            let mut j = i + 1;
            while j < chars.len() && chars[j] != '"' && chars[j] != '\\' && chars[j] != '\'' {
                j += 1;
            }
            if j < chars.len() && chars[j] == '"' {
                out.push('\'');
                out.extend(&chars[i + 1..j]);
                out.push('\'');
                i = j + 1;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    out
}

/// The type name of a literal operand that `is` would compare by identity ("int", "str"...);
/// None for None/True/False/..., which are singletons.
fn literal_kind(e: &Expr) -> Option<&'static str> {
    Some(match e {
        Expr::NumberLiteral(n) => match n.value {
            ast::Number::Int(_) => "int",
            ast::Number::Float(_) => "float",
            ast::Number::Complex { .. } => "complex",
        },
        Expr::StringLiteral(_) => "str",
        Expr::BytesLiteral(_) => "bytes",
        Expr::Tuple(t) if t.elts.iter().all(|x| literal_kind(x).is_some()) => "tuple",
        _ => return None,
    })
}
