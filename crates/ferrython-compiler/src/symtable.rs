//! Scope analysis: which names are local, global, free or cell in every scope.
//!
//! The tree of scopes mirrors the source: module, class bodies, functions, lambdas, generator
//! expressions and comprehensions. List, set and dict comprehensions are *inlined* into their
//! enclosing scope (PEP 709): they get a scope here so their iteration variables stay private,
//! but code generation emits their body into the enclosing code object, giving their private
//! names hidden fast-local slots there. Scopes are stored in a flat arena and visited in the
//! same order by the code generator, which consumes them with a cursor.

use std::collections::{HashMap, HashSet};

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    GenExpr,
    /// A list/set/dict comprehension, inlined into its parent.
    Comprehension,
    /// The hidden scope holding PEP 695 type parameters.
    TypeParams,
}

/// Where a name lives, as seen from one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    Local,
    Cell,
    Free,
    GlobalExplicit,
    GlobalImplicit,
}

#[derive(Clone, Copy, Default, Debug)]
pub struct SymFlags {
    pub assigned: bool,
    pub param: bool,
    pub used: bool,
    pub global: bool,
    pub nonlocal: bool,
    pub annotated: bool,
    /// Free in a child, passed through a class scope without being visible in the class body.
    pub free_class: bool,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub symbols: HashMap<String, SymFlags>,
    /// Names in order of first appearance (for deterministic slot assignment).
    pub order: Vec<String>,
    pub params: Vec<String>,
    pub children: Vec<usize>,
    pub resolved: HashMap<String, NameScope>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    /// The class body has methods that need `__class__`.
    pub needs_class_cell: bool,
    /// For inlined comprehensions: free names that a nested closure needs (so the enclosing
    /// function must keep them in cells).
    pub pass_through: HashSet<String>,
    pub range: TextRange,
    /// Where each name was declared `nonlocal` (the statement), for error locations.
    pub nonlocal_at: HashMap<String, TextRange>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, range: TextRange) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            symbols: HashMap::new(),
            order: Vec::new(),
            params: Vec::new(),
            children: Vec::new(),
            resolved: HashMap::new(),
            is_generator: false,
            is_coroutine: false,
            needs_class_cell: false,
            pass_through: HashSet::new(),
            range,
            nonlocal_at: HashMap::new(),
        }
    }

    pub fn lookup(&self, name: &str) -> Option<NameScope> {
        self.resolved.get(name).copied()
    }

    pub fn is_function_like(&self) -> bool {
        matches!(
            self.kind,
            ScopeKind::Function
                | ScopeKind::Lambda
                | ScopeKind::GenExpr
                | ScopeKind::Comprehension
                | ScopeKind::TypeParams
        )
    }
}

/// A scope-analysis error: message and the source range it points at.
#[derive(Debug)]
pub struct SymtableError {
    pub msg: String,
    pub range: TextRange,
}

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
}

struct Builder {
    scopes: Vec<Scope>,
    stack: Vec<usize>,
    error: Option<SymtableError>,
}

pub fn build(module: &[Stmt]) -> Result<SymbolTable, SymtableError> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, "top", TextRange::default())],
        stack: vec![0],
        error: None,
    };
    for s in module {
        b.stmt(s);
    }
    if let Some(e) = b.error {
        return Err(e);
    }
    let mut table = SymbolTable { scopes: b.scopes };
    table.analyze(0, &HashSet::new())?;
    Ok(table)
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        let i = *self.stack.last().unwrap();
        &mut self.scopes[i]
    }

    fn fail(&mut self, msg: String, range: TextRange) {
        if self.error.is_none() {
            self.error = Some(SymtableError { msg, range });
        }
    }

    fn sym(&mut self, name: &str) -> &mut SymFlags {
        let s = self.cur();
        if !s.symbols.contains_key(name) {
            s.order.push(name.to_string());
        }
        s.symbols.entry(name.to_string()).or_default()
    }

    fn bind(&mut self, name: &str, range: TextRange) {
        let f = self.sym(name);
        if f.global || f.nonlocal {
            f.assigned = true;
            return;
        }
        f.assigned = true;
        let _ = range;
    }

    fn use_name(&mut self, name: &str) {
        self.sym(name).used = true;
    }

    fn push(&mut self, kind: ScopeKind, name: &str, range: TextRange) -> usize {
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind, name, range));
        let parent = *self.stack.last().unwrap();
        self.scopes[parent].children.push(id);
        self.stack.push(id);
        id
    }

    fn pop(&mut self) {
        self.stack.pop();
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn params(&mut self, p: &ast::Parameters) {
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            self.param(&a.parameter.name.id, a.parameter.range);
        }
        // CPython's slot order: positional, keyword-only, then *args and **kwargs.
        for a in p.kwonlyargs.iter() {
            self.param(&a.parameter.name.id, a.parameter.range);
        }
        if let Some(v) = &p.vararg {
            self.param(&v.name.id, v.range);
        }
        if let Some(k) = &p.kwarg {
            self.param(&k.name.id, k.range);
        }
    }

    fn param(&mut self, name: &str, range: TextRange) {
        let s = self.cur();
        if s.params.iter().any(|p| p == name) {
            self.fail(
                format!("duplicate argument '{name}' in function definition"),
                range,
            );
            return;
        }
        s.params.push(name.to_string());
        let f = self.sym(name);
        f.param = true;
        f.assigned = true;
    }

    fn param_defaults_and_annotations(&mut self, p: &ast::Parameters) {
        for a in p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonlyargs.iter())
        {
            if let Some(d) = &a.default {
                self.expr(d);
            }
        }
        for a in p.iter() {
            if let Some(ann) = a.annotation() {
                self.expr(ann);
            }
        }
    }

    /// An annotation scope directly inside a class body receives the class namespace as its
    /// hidden first parameter, so names there can resolve to class attributes.
    fn class_dict_param(&mut self) {
        let n = self.stack.len();
        if n >= 2 && self.scopes[self.stack[n - 2]].kind == ScopeKind::Class {
            self.param(".classdict", TextRange::default());
        }
    }

    fn type_params(&mut self, tp: &ast::TypeParams) {
        for t in tp.type_params.iter() {
            match t {
                ast::TypeParam::TypeVar(v) => {
                    self.bind(&v.name.id, v.range);
                    // The bound is evaluated lazily, by a function of its own.
                    if let Some(b) = &v.bound {
                        self.push(ScopeKind::Lambda, "bound", b.range());
                        self.expr(b);
                        self.pop();
                    }
                }
                ast::TypeParam::TypeVarTuple(v) => self.bind(&v.name.id, v.range),
                ast::TypeParam::ParamSpec(v) => self.bind(&v.name.id, v.range),
            }
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::FunctionDef(f) => {
                for d in f.decorator_list.iter() {
                    self.expr(&d.expression);
                }
                self.bind(&f.name.id, f.range);
                // A generic function's defaults and annotations are evaluated in the scope
                // of its type parameters.
                if let Some(tp) = &f.type_params {
                    self.push(ScopeKind::TypeParams, &f.name.id, f.range);
                    self.class_dict_param();
                    self.type_params(tp);
                }
                self.param_defaults_and_annotations(&f.parameters);
                if let Some(r) = &f.returns {
                    self.expr(r);
                }
                let id = self.push(ScopeKind::Function, &f.name.id, f.range);
                self.scopes[id].is_coroutine = f.is_async;
                self.params(&f.parameters);
                self.stmts(&f.body);
                self.pop();
                if f.type_params.is_some() {
                    self.pop();
                }
            }
            Stmt::ClassDef(c) => {
                for d in c.decorator_list.iter() {
                    self.expr(&d.expression);
                }
                if let Some(tp) = &c.type_params {
                    self.push(ScopeKind::TypeParams, &c.name.id, c.range);
                    self.class_dict_param();
                    self.type_params(tp);
                    self.bind(".type_params", c.range);
                    self.bind(".generic_base", c.range);
                }
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.expr(a);
                    }
                    for k in args.keywords.iter() {
                        self.expr(&k.value);
                    }
                }
                self.push(ScopeKind::Class, &c.name.id, c.range);
                self.stmts(&c.body);
                self.pop();
                if c.type_params.is_some() {
                    self.pop();
                }
                self.bind(&c.name.id, c.range);
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v);
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.target(t);
                }
            }
            Stmt::TypeAlias(t) => {
                if let Expr::Name(n) = t.name.as_ref() {
                    self.bind(&n.id, n.range);
                }
                if let Some(tp) = &t.type_params {
                    self.push(ScopeKind::TypeParams, "type_params", t.range);
                    self.class_dict_param();
                    self.type_params(tp);
                }
                self.push(ScopeKind::Function, "value", t.range);
                self.expr(&t.value);
                self.pop();
                if t.type_params.is_some() {
                    self.pop();
                }
            }
            Stmt::Assign(a) => {
                self.expr(&a.value);
                for t in &a.targets {
                    self.target(t);
                }
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value);
                if let Expr::Name(n) = a.target.as_ref() {
                    self.use_name(&n.id);
                }
                self.target(&a.target);
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v);
                }
                if let Expr::Name(n) = a.target.as_ref() {
                    let kind = self.cur().kind;
                    let f = self.sym(&n.id);
                    if (f.global || f.nonlocal) && a.simple {
                        let msg = format!(
                            "annotated name '{}' can't be {}",
                            n.id,
                            if f.global { "global" } else { "nonlocal" }
                        );
                        self.fail(msg, n.range);
                        return;
                    }
                    f.annotated = true;
                    if a.value.is_some() || kind != ScopeKind::Module && kind != ScopeKind::Class {
                        self.bind(&n.id, n.range);
                    }
                    if a.value.is_some() {
                        self.bind(&n.id, n.range);
                    }
                    let _ = kind;
                } else {
                    self.target(&a.target);
                }
                let k = self.cur().kind;
                if k == ScopeKind::Module || k == ScopeKind::Class {
                    self.expr(&a.annotation);
                }
            }
            Stmt::For(f) => {
                self.expr(&f.iter);
                self.target(&f.target);
                self.stmts(&f.body);
                self.stmts(&f.orelse);
            }
            Stmt::While(w) => {
                self.expr(&w.test);
                self.stmts(&w.body);
                self.stmts(&w.orelse);
            }
            Stmt::If(i) => {
                self.expr(&i.test);
                self.stmts(&i.body);
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.expr(t);
                    }
                    self.stmts(&c.body);
                }
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr);
                    if let Some(v) = &item.optional_vars {
                        self.target(v);
                    }
                }
                self.stmts(&w.body);
            }
            Stmt::Match(m) => {
                self.expr(&m.subject);
                for c in &m.cases {
                    self.pattern(&c.pattern);
                    if let Some(g) = &c.guard {
                        self.expr(g);
                    }
                    self.stmts(&c.body);
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e);
                }
                if let Some(c) = &r.cause {
                    self.expr(c);
                }
            }
            Stmt::Try(t) => {
                self.stmts(&t.body);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty);
                    }
                    if let Some(n) = &h.name {
                        self.bind(&n.id, n.range);
                    }
                    self.stmts(&h.body);
                }
                self.stmts(&t.orelse);
                self.stmts(&t.finalbody);
            }
            Stmt::Assert(a) => {
                self.expr(&a.test);
                if let Some(m) = &a.msg {
                    self.expr(m);
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let name = match &a.asname {
                        Some(n) => n.id.to_string(),
                        None => a.name.id.split('.').next().unwrap().to_string(),
                    };
                    self.bind(&name, a.range);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if &*a.name.id == "*" {
                        if self.cur().kind != ScopeKind::Module {
                            self.fail("import * only allowed at module level".into(), a.range);
                        }
                        continue;
                    }
                    let name = a.asname.as_ref().unwrap_or(&a.name);
                    self.bind(name.id.as_ref(), a.range);
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    let kind = self.cur().kind;
                    let f = self.sym(&n.id);
                    if f.param {
                        let msg = format!("name '{}' is parameter and global", n.id);
                        self.fail(msg, n.range);
                    } else if f.used || f.assigned {
                        let what = if f.annotated {
                            "annotated"
                        } else if f.assigned {
                            "assigned to"
                        } else {
                            "used"
                        };
                        let msg = format!("name '{}' is {what} before global declaration", n.id);
                        self.fail(msg, g.range);
                    }
                    let f = self.sym(&n.id);
                    f.global = true;
                    let _ = kind;
                }
            }
            Stmt::Nonlocal(g) => {
                for n in &g.names {
                    if self.cur().kind == ScopeKind::Module {
                        self.fail(
                            "nonlocal declaration not allowed at module level".into(),
                            g.range,
                        );
                        return;
                    }
                    let f = self.sym(&n.id);
                    if f.param {
                        let msg = format!("name '{}' is parameter and nonlocal", n.id);
                        self.fail(msg, n.range);
                    } else if f.used || f.assigned {
                        let what = if f.assigned { "assigned to" } else { "used" };
                        let msg = format!("name '{}' is {what} before nonlocal declaration", n.id);
                        self.fail(msg, g.range);
                    }
                    let f = self.sym(&n.id);
                    f.nonlocal = true;
                    self.cur()
                        .nonlocal_at
                        .entry(n.id.to_string())
                        .or_insert(g.range);
                }
            }
            Stmt::Expr(e) => self.expr(&e.value),
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) | Stmt::IpyEscapeCommand(_) => {}
        }
    }

    fn pattern(&mut self, p: &ast::Pattern) {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => self.expr(&v.value),
            P::MatchSingleton(_) => {}
            P::MatchSequence(s) => s.patterns.iter().for_each(|p| self.pattern(p)),
            P::MatchMapping(m) => {
                m.keys.iter().for_each(|k| self.expr(k));
                m.patterns.iter().for_each(|p| self.pattern(p));
                if let Some(r) = &m.rest {
                    self.bind(&r.id, r.range);
                }
            }
            P::MatchClass(c) => {
                self.expr(&c.cls);
                c.arguments.patterns.iter().for_each(|p| self.pattern(p));
                c.arguments
                    .keywords
                    .iter()
                    .for_each(|k| self.pattern(&k.pattern));
            }
            P::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.bind(&n.id, n.range);
                }
            }
            P::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(p);
                }
                if let Some(n) = &a.name {
                    self.bind(&n.id, n.range);
                }
            }
            P::MatchOr(o) => o.patterns.iter().for_each(|p| self.pattern(p)),
        }
    }

    fn target(&mut self, t: &Expr) {
        match t {
            Expr::Name(n) => self.bind(&n.id, n.range),
            Expr::Tuple(t) => t.elts.iter().for_each(|e| self.target(e)),
            Expr::List(t) => t.elts.iter().for_each(|e| self.target(e)),
            Expr::Starred(s) => self.target(&s.value),
            other => self.expr(other),
        }
    }

    fn comprehension(
        &mut self,
        kind: ScopeKind,
        name: &str,
        range: TextRange,
        gens: &[ast::Comprehension],
        elts: &[&Expr],
    ) {
        // The first iterable is evaluated in the enclosing scope.
        self.expr(&gens[0].iter);
        let id = self.push(kind, name, range);
        if kind == ScopeKind::GenExpr {
            self.scopes[id].is_generator = true;
            self.param(".0", TextRange::default());
        }
        for (i, g) in gens.iter().enumerate() {
            if g.is_async {
                self.scopes[id].is_coroutine = true;
            }
            if i > 0 {
                self.expr(&g.iter);
            }
            self.comp_target(&g.target);
            for c in &g.ifs {
                self.expr(c);
            }
        }
        for e in elts {
            self.expr(e);
        }
        self.pop();
    }

    fn comp_target(&mut self, t: &Expr) {
        match t {
            Expr::Name(n) => {
                let f = self.sym(&n.id);
                f.assigned = true;
            }
            Expr::Tuple(t) => t.elts.iter().for_each(|e| self.comp_target(e)),
            Expr::List(t) => t.elts.iter().for_each(|e| self.comp_target(e)),
            Expr::Starred(s) => self.comp_target(&s.value),
            other => self.expr(other),
        }
    }

    fn expr(&mut self, e: &Expr) {
        match e {
            Expr::BoolOp(b) => b.values.iter().for_each(|v| self.expr(v)),
            Expr::Named(n) => {
                self.expr(&n.value);
                if let Expr::Name(name) = n.target.as_ref() {
                    // Walrus in a comprehension binds in the nearest enclosing non-comprehension
                    // scope.
                    let mut depth = self.stack.len() - 1;
                    while matches!(
                        self.scopes[self.stack[depth]].kind,
                        ScopeKind::Comprehension | ScopeKind::GenExpr
                    ) {
                        let id = self.stack[depth];
                        if self.scopes[id]
                            .symbols
                            .get(&*name.id)
                            .is_some_and(|f| f.assigned && !f.nonlocal)
                        {
                            self.fail(
                                format!("assignment expression cannot rebind comprehension iteration variable '{}'", name.id),
                                name.range,
                            );
                            return;
                        }
                        // Mark as nonlocal-like in the comprehension so it resolves outward.
                        let sc = &mut self.scopes[id];
                        if !sc.symbols.contains_key(&*name.id) {
                            sc.order.push(name.id.to_string());
                        }
                        let f = sc.symbols.entry(name.id.to_string()).or_default();
                        f.nonlocal = true;
                        f.used = true;
                        depth -= 1;
                    }
                    let id = self.stack[depth];
                    if self.scopes[id].kind == ScopeKind::Class && depth != self.stack.len() - 1 {
                        self.fail(
                            "assignment expression within a comprehension cannot be used in a class body".into(),
                            name.range,
                        );
                        return;
                    }
                    let sc = &mut self.scopes[id];
                    if !sc.symbols.contains_key(&*name.id) {
                        sc.order.push(name.id.to_string());
                    }
                    let f = sc.symbols.entry(name.id.to_string()).or_default();
                    f.assigned = true;
                    if depth != self.stack.len() - 1 && sc.kind == ScopeKind::Module {
                        f.global = true;
                    }
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left);
                self.expr(&b.right);
            }
            Expr::UnaryOp(u) => self.expr(&u.operand),
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.param_defaults_and_annotations(p);
                }
                self.push(ScopeKind::Lambda, "<lambda>", l.range);
                if let Some(p) = &l.parameters {
                    self.params(p);
                }
                self.expr(&l.body);
                self.pop();
            }
            Expr::If(i) => {
                self.expr(&i.test);
                self.expr(&i.body);
                self.expr(&i.orelse);
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    if let Some(k) = &item.key {
                        self.expr(k);
                    }
                    self.expr(&item.value);
                }
            }
            Expr::Set(s) => s.elts.iter().for_each(|e| self.expr(e)),
            Expr::ListComp(c) => self.comprehension(
                ScopeKind::Comprehension,
                "<listcomp>",
                c.range,
                &c.generators,
                &[&c.elt],
            ),
            Expr::SetComp(c) => self.comprehension(
                ScopeKind::Comprehension,
                "<setcomp>",
                c.range,
                &c.generators,
                &[&c.elt],
            ),
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = Vec::new();
                if let Some(k) = &c.key {
                    elts.push(k);
                }
                elts.push(&c.value);
                self.comprehension(
                    ScopeKind::Comprehension,
                    "<dictcomp>",
                    c.range,
                    &c.generators,
                    &elts,
                )
            }
            Expr::Generator(g) => self.comprehension(
                ScopeKind::GenExpr,
                "<genexpr>",
                g.range,
                &g.generators,
                &[&g.elt],
            ),
            Expr::Await(a) => {
                // An `await` makes an enclosing comprehension asynchronous.
                let cur = *self.stack.last().unwrap();
                if matches!(
                    self.scopes[cur].kind,
                    ScopeKind::Comprehension | ScopeKind::GenExpr
                ) {
                    self.scopes[cur].is_coroutine = true;
                }
                self.expr(&a.value)
            }
            Expr::Yield(y) => {
                self.mark_generator(y.range);
                if let Some(v) = &y.value {
                    self.expr(v);
                }
            }
            Expr::YieldFrom(y) => {
                self.mark_generator(y.range);
                self.expr(&y.value)
            }
            Expr::Compare(c) => {
                self.expr(&c.left);
                c.comparators.iter().for_each(|e| self.expr(e));
            }
            Expr::Call(c) => {
                self.expr(&c.func);
                c.arguments.args.iter().for_each(|e| self.expr(e));
                c.arguments
                    .keywords
                    .iter()
                    .for_each(|k| self.expr(&k.value));
            }
            Expr::FString(f) => {
                for part in f.value.iter() {
                    if let ast::FStringPart::FString(fs) = part {
                        self.fstring_elements(&fs.elements);
                    }
                }
            }
            Expr::TString(_) => {}
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
            | Expr::IpyEscapeCommand(_) => {}
            Expr::Attribute(a) => self.expr(&a.value),
            Expr::Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
            }
            Expr::Starred(s) => self.expr(&s.value),
            Expr::Name(n) => {
                self.use_name(&n.id);
                if &*n.id == "super" {
                    self.mark_class_use();
                }
            }
            Expr::List(l) => l.elts.iter().for_each(|e| self.expr(e)),
            Expr::Tuple(t) => t.elts.iter().for_each(|e| self.expr(e)),
            Expr::Slice(s) => {
                for p in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(p);
                }
            }
        }
    }

    fn mark_class_use(&mut self) {
        // `super()` inside a method needs the implicit `__class__` cell.
        if self.cur().is_function_like() {
            self.use_name("__class__");
        }
    }

    fn mark_generator(&mut self, range: TextRange) {
        let s = self.cur();
        match s.kind {
            ScopeKind::Module | ScopeKind::Class => {
                self.fail("'yield' outside function".into(), range);
            }
            ScopeKind::Comprehension => {
                self.fail("'yield' inside list comprehension".into(), range);
            }
            _ => s.is_generator = true,
        }
    }

    fn fstring_elements(&mut self, elements: &ast::InterpolatedStringElements) {
        for el in elements.iter() {
            if let ast::InterpolatedStringElement::Interpolation(i) = el {
                self.expr(&i.expression);
                if let Some(spec) = &i.format_spec {
                    self.fstring_elements(&spec.elements);
                }
            }
        }
    }
}

impl SymbolTable {
    /// Resolves every name of scope `id`; returns the names that are free in it (or its
    /// children) and must be provided by an enclosing function.
    fn analyze(
        &mut self,
        id: usize,
        bound_above: &HashSet<String>,
    ) -> Result<HashSet<String>, SymtableError> {
        let kind = self.scopes[id].kind;
        let names: Vec<String> = self.scopes[id].order.clone();
        let mut free: HashSet<String> = HashSet::new();
        let mut local: HashSet<String> = HashSet::new();
        for name in &names {
            let f = self.scopes[id].symbols[name];
            let r = if f.global {
                NameScope::GlobalExplicit
            } else if f.nonlocal {
                if !bound_above.contains(name) {
                    if kind == ScopeKind::Comprehension || kind == ScopeKind::GenExpr {
                        // walrus target bubbling out to module/class level
                        NameScope::GlobalImplicit
                    } else {
                        return Err(SymtableError {
                            msg: format!("no binding for nonlocal '{name}' found"),
                            range: self.scopes[id]
                                .nonlocal_at
                                .get(name)
                                .copied()
                                .unwrap_or(self.scopes[id].range),
                        });
                    }
                } else {
                    free.insert(name.clone());
                    NameScope::Free
                }
            } else if f.assigned || f.param {
                local.insert(name.clone());
                NameScope::Local
            } else if kind != ScopeKind::Module && bound_above.contains(name) {
                free.insert(name.clone());
                NameScope::Free
            } else {
                NameScope::GlobalImplicit
            };
            self.scopes[id].resolved.insert(name.clone(), r);
        }
        let mut child_bound = bound_above.clone();
        match kind {
            ScopeKind::Module => child_bound.clear(),
            ScopeKind::Class => {
                child_bound.insert("__class__".to_string());
            }
            _ => {
                for n in &local {
                    child_bound.insert(n.clone());
                }
                for n in &free {
                    child_bound.insert(n.clone());
                }
            }
        }
        let children = self.scopes[id].children.clone();
        for c in children {
            let child_free = self.analyze(c, &child_bound)?;
            let inlined = self.scopes[c].kind == ScopeKind::Comprehension;
            for name in child_free {
                let cur = self.scopes[id].resolved.get(&name).copied();
                if kind == ScopeKind::Comprehension
                    && !matches!(cur, Some(NameScope::Local) | Some(NameScope::Cell))
                {
                    self.scopes[id].pass_through.insert(name.clone());
                }
                let needs_cell = !inlined || self.scopes[c].pass_through.contains(&name);
                match (kind, cur) {
                    (ScopeKind::Class, _) if name == "__class__" => {
                        self.scopes[id].needs_class_cell = true;
                    }
                    (ScopeKind::Class, _) => {
                        // Passed through the class body to the child.
                        let s = &mut self.scopes[id];
                        if !s.symbols.contains_key(&name) {
                            s.order.push(name.clone());
                        }
                        s.symbols.entry(name.clone()).or_default().free_class = true;
                        free.insert(name);
                    }
                    (_, Some(NameScope::Local)) if !needs_cell => {}
                    (_, Some(NameScope::Local)) => {
                        self.scopes[id].resolved.insert(name, NameScope::Cell);
                    }
                    (_, Some(NameScope::Cell)) | (_, Some(NameScope::Free)) => {}
                    (_, Some(NameScope::GlobalExplicit)) | (_, Some(NameScope::GlobalImplicit))
                        if inlined => {}
                    _ => {
                        let s = &mut self.scopes[id];
                        if !s.symbols.contains_key(&name) {
                            s.order.push(name.clone());
                            s.symbols.insert(name.clone(), SymFlags::default());
                        }
                        s.resolved.insert(name.clone(), NameScope::Free);
                        free.insert(name);
                    }
                }
            }
        }
        // An inlined comprehension's cells live in the enclosing frame; names it shares with
        // the parent that the parent made cells are read through those cells.
        Ok(free)
    }
}

/// Source range helper for diagnostics.
pub fn range_of<T: Ranged>(t: &T) -> TextRange {
    t.range()
}
