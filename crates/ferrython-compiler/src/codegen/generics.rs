//! Code generation for PEP 695: generic functions and classes and the `type` statement.
//!
//! The type parameters live in an annotation scope, compiled as a hidden function
//! (`<generic parameters of NAME>`) that creates the parameters (through the `typing`
//! helpers the `TypeVar`/`ParamSpec`/`TypeVarTuple`/`TypeAlias` intrinsics call), defines the
//! function or class inside itself so that it closes over them, records `__type_params__`,
//! and returns it. Bounds and alias values are compiled as functions of their own and
//! evaluated on first use. Unlike CPython, a generic function's defaults are evaluated inside
//! the annotation scope too.

use std::sync::LazyLock;

use ferrython_bytecode::{Constant, Intrinsic1, Opcode};
use ruff_python_ast as ast;
use ruff_text_size::Ranged;

use super::{CResult, Compiler, Ctx, FuncBody};
use crate::symtable::ScopeKind;

/// The parameter list of the hidden functions (bounds, alias values).
static NO_PARAMS: LazyLock<ast::Parameters> = LazyLock::new(ast::Parameters::default);

impl<'a> Compiler<'a> {
    /// Enters the annotation scope of a generic definition at `range`, creates its type
    /// parameters and leaves their tuple on the stack.
    fn enter_type_params(
        &mut self,
        name: &str,
        range: ruff_text_size::TextRange,
        tp: &'a ast::TypeParams,
    ) -> CResult<()> {
        let scope = self.scope_of(ScopeKind::TypeParams, range);
        let line = self.line_col(range.start().to_u32()).0;
        let mut seen: Vec<&str> = Vec::new();
        for p in tp.type_params.iter() {
            let (n, r) = match p {
                ast::TypeParam::TypeVar(v) => (v.name.id.as_str(), v.name.range),
                ast::TypeParam::TypeVarTuple(v) => (v.name.id.as_str(), v.name.range),
                ast::TypeParam::ParamSpec(v) => (v.name.id.as_str(), v.name.range),
            };
            if seen.contains(&n) {
                return super::err(format!("duplicate type parameter '{n}'"), r);
            }
            seen.push(n);
        }
        self.enter_unit(scope, &format!("<generic parameters of {name}>"), line);
        if self.u().fast.contains_key(".classdict") {
            self.u().argcount = 1;
        }
        self.set_loc(range);
        for p in tp.type_params.iter() {
            match p {
                ast::TypeParam::TypeVar(v) => {
                    self.load_const(Constant::Str(v.name.id.as_str().into()));
                    match &v.bound {
                        Some(b) => {
                            let s = self.scope_of(ScopeKind::Lambda, b.range());
                            let line = self.line_col(b.range().start().to_u32()).0;
                            self.make_function(
                                s,
                                v.name.id.as_str(),
                                &NO_PARAMS,
                                None,
                                FuncBody::Expr(b),
                                line,
                            )?;
                            let constraints = matches!(b.as_ref(), ast::Expr::Tuple(_));
                            self.load_const(Constant::Bool(constraints));
                        }
                        None => {
                            self.load_const(Constant::None);
                            self.load_const(Constant::Bool(false));
                        }
                    }
                    self.emit(Opcode::BUILD_TUPLE, 3);
                    self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::TypeVar as u32);
                    self.name_op(v.name.id.as_str(), Ctx::Store, v.range)?;
                }
                ast::TypeParam::TypeVarTuple(v) => {
                    self.load_const(Constant::Str(v.name.id.as_str().into()));
                    self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::TypeVarTuple as u32);
                    self.name_op(v.name.id.as_str(), Ctx::Store, v.range)?;
                }
                ast::TypeParam::ParamSpec(v) => {
                    self.load_const(Constant::Str(v.name.id.as_str().into()));
                    self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::ParamSpec as u32);
                    self.name_op(v.name.id.as_str(), Ctx::Store, v.range)?;
                }
            }
        }
        for p in tp.type_params.iter() {
            let (n, r) = match p {
                ast::TypeParam::TypeVar(v) => (&v.name, v.range),
                ast::TypeParam::TypeVarTuple(v) => (&v.name, v.range),
                ast::TypeParam::ParamSpec(v) => (&v.name, v.range),
            };
            self.name_op(n.id.as_str(), Ctx::Load, r)?;
        }
        self.emit(Opcode::BUILD_TUPLE, tp.type_params.len() as u32);
        Ok(())
    }

    /// With `[params, obj]` in the annotation scope: sets `obj.__type_params__`, returns
    /// `obj` from the scope and calls the scope's function in the enclosing unit, leaving
    /// `obj` there.
    fn leave_type_params(&mut self) -> CResult<()> {
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::COPY, 2);
        let i = self.u().add_name("__type_params__");
        self.emit(Opcode::STORE_ATTR, i);
        self.emit(Opcode::RETURN_VALUE, 0);
        self.call_annotation_scope()
    }

    /// Leaves the annotation scope's unit and calls its function, passing the class
    /// namespace when the scope sits in a class body.
    fn call_annotation_scope(&mut self) -> CResult<()> {
        let takes_classdict = self.u().argcount == 1;
        let code = self.leave_unit()?;
        self.emit_closure_and_make(code, 0)?;
        self.emit(Opcode::PUSH_NULL, 0);
        if takes_classdict {
            self.emit(Opcode::LOAD_LOCALS, 0);
            self.emit(Opcode::CALL, 1);
        } else {
            self.emit(Opcode::CALL, 0);
        }
        Ok(())
    }

    pub(super) fn generic_function(
        &mut self,
        f: &'a ast::StmtFunctionDef,
        tp: &'a ast::TypeParams,
        scope: usize,
        first_line: u32,
    ) -> CResult<()> {
        self.enter_type_params(&f.name.id, f.range, tp)?;
        self.make_function(
            scope,
            &f.name.id,
            &f.parameters,
            Some(f.returns.as_deref()),
            FuncBody::Stmts(&f.body),
            first_line,
        )?;
        self.leave_type_params()
    }

    pub(super) fn generic_class(
        &mut self,
        c: &'a ast::StmtClassDef,
        tp: &'a ast::TypeParams,
    ) -> CResult<()> {
        self.enter_type_params(&c.name.id, c.range, tp)?;
        // The implicit `Generic[*params]` base.
        self.emit(Opcode::COPY, 1);
        self.emit(
            Opcode::CALL_INTRINSIC_1,
            Intrinsic1::SubscriptGeneric as u32,
        );
        self.name_op(".generic_base", Ctx::Store, c.range)?;
        self.class_object(c, Some(".generic_base"))?;
        self.leave_type_params()
    }

    pub(super) fn type_alias(&mut self, t: &'a ast::StmtTypeAlias) -> CResult<()> {
        let ast::Expr::Name(name) = t.name.as_ref() else {
            return super::err("type alias name must be a simple name", t.name.range());
        };
        let alias = name.id.as_str();
        let value_scope = self.scope_of(ScopeKind::Function, t.range);
        let line = self.line_col(t.range.start().to_u32()).0;
        match &t.type_params {
            Some(tp) => {
                self.enter_type_params(alias, t.range, tp)?;
                self.load_const(Constant::Str(alias.into()));
                self.emit(Opcode::SWAP, 2);
                self.make_function(
                    value_scope,
                    alias,
                    &NO_PARAMS,
                    None,
                    FuncBody::Expr(&t.value),
                    line,
                )?;
                self.emit(Opcode::BUILD_TUPLE, 3);
                self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::TypeAlias as u32);
                self.emit(Opcode::RETURN_VALUE, 0);
                self.call_annotation_scope()?;
            }
            None => {
                self.load_const(Constant::Str(alias.into()));
                self.load_const(Constant::None);
                self.make_function(
                    value_scope,
                    alias,
                    &NO_PARAMS,
                    None,
                    FuncBody::Expr(&t.value),
                    line,
                )?;
                self.emit(Opcode::BUILD_TUPLE, 3);
                self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::TypeAlias as u32);
            }
        }
        self.name_op(alias, Ctx::Store, name.range)
    }
}
