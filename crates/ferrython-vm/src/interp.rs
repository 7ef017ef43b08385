//! The bytecode interpreter loop.
//!
//! All frames share one value stack (`Vm::stack`): a frame's fast-local slots start at
//! `base`, its operand stack follows them. A Python-to-Python `CALL` pushes a new `Frame` and
//! keeps looping (the arguments already on the stack become the callee's first locals), so
//! Python recursion does not recurse on the native stack. Native code calling back into
//! Python (`Vm::call`) starts a nested `run` that returns when its entry frame returns.

use std::rc::Rc;

use ferrython_bytecode::opcode::{ALL_OPCODES, decode, opcode_of_byte};
use ferrython_bytecode::{BinOp, CmpOp, CodeFlags, Intrinsic1, Opcode};

use crate::code::CodeInner;
use crate::objects::*;
use crate::ops::{is_subtype, type_lookup};
use crate::value::{Kind, Value};
use crate::vm::{NativeFn, PyErr, PyResult, Vm};

pub struct Frame {
    pub code: Rc<CodeInner>,
    pub globals: Value,
    pub builtins: Value,
    /// The locals mapping of module and class-body frames.
    pub locals: Option<Value>,
    pub func: Option<Value>,
    /// Stack index of fast-local slot 0.
    pub base: usize,
    /// Stack length to restore when the frame returns.
    pub call_base: usize,
    /// Offset of the instruction being executed.
    pub lasti: usize,
    /// Offset to continue at when this frame runs again (after a call returns or a resume).
    pub resume: usize,
    pub generator: Option<Value>,
    /// For an `__init__` run by a class call in the loop: the new instance, which is the
    /// call's result (the `__init__` must return None).
    pub init_self: Option<Value>,
}

/// How a frame left the loop.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

impl Vm {
    pub fn repr_guard(&mut self) -> &mut Vec<usize> {
        &mut self.repr_stack
    }

    /// Pushes a frame for `code` whose locals are `locals` and runs it to completion.
    pub fn run_code(
        &mut self,
        code: Rc<CodeInner>,
        globals: Value,
        locals: Option<Value>,
    ) -> PyResult<Value> {
        let builtins = self.builtins.clone();
        self.run_body(code, globals, builtins, locals, None)
    }

    /// Runs a module, class or `exec` body: fresh slots, empty cells, the closure of `func`
    /// (a class body's function) in the free-variable slots.
    pub fn run_body(
        &mut self,
        code: Rc<CodeInner>,
        globals: Value,
        builtins: Value,
        locals: Option<Value>,
        func: Option<Value>,
    ) -> PyResult<Value> {
        let base = self.stack.len();
        for _ in 0..code.nlocalsplus {
            self.push(Value::NULL);
        }
        let closure = func
            .as_ref()
            .and_then(|f| f.downcast::<PyFunction>())
            .and_then(|f| f.closure.clone());
        init_cells(self, &code, base, closure.as_ref());
        self.push_frame(Frame {
            code,
            globals,
            builtins,
            locals,
            func,
            base,
            call_base: base,
            lasti: 0,
            resume: 0,
            generator: None,
            init_self: None,
        })?;
        match self.run(None)? {
            Exit::Return(v) => Ok(v),
            Exit::Yield(_) => unreachable!("module and class bodies do not yield"),
        }
    }

    #[inline(always)]
    pub fn push_frame(&mut self, f: Frame) -> PyResult<()> {
        if self.interrupt.load(std::sync::atomic::Ordering::Relaxed)
            && let Err(e) = self.handle_signals()
        {
            self.stack.truncate(f.call_base);
            return Err(e);
        }
        if self.frames.len() >= self.recursion_limit {
            self.stack.truncate(f.call_base);
            return Err(self.err("RecursionError", "maximum recursion depth exceeded"));
        }
        self.link_frame(f);
        Ok(())
    }

    /// Makes `f` the executing frame, keeping the current one's position (no checks: see
    /// `push_frame`).
    #[inline(always)]
    pub fn link_frame(&mut self, f: Frame) {
        if let Some(top) = self.frames.last_mut() {
            top.lasti = self.lasti;
        }
        self.lasti = f.lasti;
        self.frames.push(f);
        if self.profile.is_some() {
            self.profile_call();
        }
    }

    /// Pops the top frame; the one below becomes the executing frame again.
    pub fn pop_frame(&mut self) -> Frame {
        let f = self.frames.pop().expect("a frame to pop");
        self.lasti = self.frames.last().map_or(0, |t| t.lasti);
        f
    }

    /// The instruction offset frame `i` is at.
    pub fn frame_lasti(&self, i: usize) -> usize {
        if i + 1 == self.frames.len() {
            self.lasti
        } else {
            self.frames[i].lasti
        }
    }

    /// Runs the top frame (and the frames it calls) until it returns or yields.
    /// `pending` is an exception to raise in it first (generator `throw`).
    pub fn run(&mut self, mut pending: Option<PyErr>) -> PyResult<Exit> {
        let entry = self.frames.len() - 1;
        loop {
            let r = match pending.take() {
                Some(e) => Err(e),
                None => self.execute(entry),
            };
            match r {
                Ok(exit) => return Ok(exit),
                Err(e) => {
                    if let Some(e) = self.unwind(e, entry) {
                        return Err(e);
                    }
                }
            }
        }
    }

    /// Finds a handler for `e` in the frames above `entry`; returns the error if none.
    fn unwind(&mut self, mut e: PyErr, entry: usize) -> Option<PyErr> {
        let mut reraise = std::mem::take(&mut self.reraise);
        if let Some(top) = self.frames.last_mut() {
            top.lasti = self.lasti;
        }
        loop {
            let fi = self.frames.len() - 1;
            let (lasti, code) = {
                let f = &self.frames[fi];
                (f.lasti, f.code.clone())
            };
            if !reraise && !self.hidden_frame(fi, &code) {
                self.add_traceback(&e, &code, lasti);
            }
            reraise = false;
            if let Some(h) = code.bc.handler_for(lasti as u32) {
                let f = &mut self.frames[fi];
                let depth = f.base + code.nlocalsplus + h.depth as usize;
                f.lasti = h.target as usize;
                self.lasti = f.lasti;
                self.stack.truncate(depth);
                if h.push_lasti {
                    self.push(Value::small_int_unchecked(lasti as i64));
                }
                self.push(e.0);
                self.resume_at = Some(h.target as usize);
                return None;
            }
            self.keep_locals_in_traceback(&e, &code, fi);
            if self.profile.is_some() {
                self.profile_return(None);
            }
            let f = self.pop_frame();
            self.stack.truncate(f.call_base);
            if let Some(g) = &f.generator {
                crate::generator::mark_finished(g);
                // A generator frame run inline by FOR_ITER applies PEP 479 here.
                if fi != entry && self.exc_matches(&e, "StopIteration") {
                    let noun = crate::coroutine::flavor(self, g).noun();
                    e = crate::generator::escaped_stop(self, e, noun, "StopIteration");
                }
            }
            if fi == entry {
                return Some(e);
            }
        }
    }

    /// Whether frame `fi` runs a function that CPython implements in C, so that it leaves no
    /// traceback entry and no profile events: an embedded module lists such functions in
    /// `__native_frames__`, or sets `__native_module__` when CPython's is all C.
    pub fn hidden_frame(&mut self, fi: usize, code: &CodeInner) -> bool {
        if !code.bc.filename.starts_with("<frozen ") {
            return false;
        }
        let g = self.frames[fi].globals.clone();
        if self
            .dict_get_name(&g, "__native_module__")
            .is_some_and(|v| v.is(&self.true_))
        {
            return true;
        }
        let Some(names) = self.dict_get_name(&g, "__native_frames__") else {
            return false;
        };
        // An entry names a function, a method (`Class.method`) or a whole class (`Class.*`).
        let (name, qualname) = (&*code.bc.name, &*code.bc.qualname);
        names.downcast::<PyTuple>().is_some_and(|t| {
            t.0.iter()
                .filter_map(str_of)
                .any(|n| match n.strip_suffix('*') {
                    Some(prefix) => qualname.starts_with(prefix),
                    None if n.contains('.') => qualname == n,
                    None => name == n,
                })
        })
    }

    /// Before an exception pops frame `fi`: its traceback entry keeps the frame's locals
    /// (`tb_frame.f_locals`), as a CPython traceback keeps its frames alive.
    fn keep_locals_in_traceback(&mut self, e: &PyErr, code: &Rc<CodeInner>, fi: usize) {
        if code.nlocalsplus == 0 || self.frames[fi].locals.is_some() {
            return;
        }
        let Some(exc) = e.0.downcast::<PyException>() else {
            return;
        };
        let head = exc.traceback.borrow().clone();
        let Some(tb) = head.as_ref().and_then(|t| t.downcast::<PyTraceback>()) else {
            return;
        };
        if !Rc::ptr_eq(&tb.code, code) || tb.locals.borrow().is_some() {
            return;
        }
        // The frame is about to be dropped, so its slots move rather than copy.
        let base = self.frames[fi].base;
        let end = (base + code.nlocalsplus).min(self.stack.len());
        let slots: Vec<Value> = self
            .stack
            .splice(base.min(end)..end, std::iter::empty())
            .collect();
        *tb.locals.borrow_mut() = Some(slots);
    }

    fn add_traceback(&mut self, e: &PyErr, code: &Rc<CodeInner>, lasti: usize) {
        let Some(exc) = e.0.downcast::<PyException>() else {
            return;
        };
        let first = exc.traceback.borrow().is_none();
        if first
            && let Some(h) = self.handling.last()
            && !h.is(&e.0)
            && exc.context.borrow().is_none()
        {
            *exc.context.borrow_mut() = Some(h.clone());
        }
        let old = exc.traceback.borrow_mut().take();
        let tb = Value::new_object(
            &self.t.traceback,
            PyTraceback {
                code: code.clone(),
                offset: lasti as u32,
                next: std::cell::RefCell::new(old),
                globals: self
                    .frames
                    .last()
                    .map_or(self.none.clone(), |f| f.globals.clone()),
                locals: Default::default(),
            },
        );
        *exc.traceback.borrow_mut() = Some(tb);
    }

    #[inline(always)]
    fn push(&mut self, v: Value) {
        crate::value::push_value(&mut self.stack, v);
    }

    #[inline(always)]
    fn pop(&mut self) -> Value {
        self.stack.pop().expect("stack underflow")
    }

    #[inline(always)]
    fn top(&self) -> &Value {
        self.stack.last().expect("empty stack")
    }

    fn execute(&mut self, entry: usize) -> PyResult<Exit> {
        let mut fi = self.frames.len() - 1;
        let mut code = self.frames[fi].code.clone();
        let mut base = self.frames[fi].base;
        let mut ip = match self.resume_at.take() {
            Some(t) => t,
            None => self.frames[fi].resume,
        };
        macro_rules! reload {
            () => {{
                fi = self.frames.len() - 1;
                code = self.frames[fi].code.clone();
                base = self.frames[fi].base;
                ip = self.frames[fi].resume;
            }};
        }
        // The instruction at `ip` (opcode, argument), for the pairs an instruction completes
        // itself (a comparison and the conditional jump on its result, a local loaded
        // after another, a loop variable stored by FOR_ITER): they never raise, so they need
        // no `lasti` of their own, and skipping their dispatch saves its cost.
        macro_rules! next_op {
            () => {{
                let (b, a) = decode(code.words[ip].get());
                (opcode_of_byte(b), a)
            }};
        }
        // A comparison's truth value: taken by a conditional jump that follows, else pushed.
        macro_rules! push_or_branch {
            ($r:expr) => {{
                let r: bool = $r;
                match next_op!() {
                    (Opcode::POP_JUMP_IF_FALSE, target) => {
                        ip = if r { ip + 1 } else { target as usize };
                    }
                    (Opcode::POP_JUMP_IF_TRUE, target) => {
                        ip = if r { target as usize } else { ip + 1 };
                    }
                    _ => self.push(self.bool(r)),
                }
            }};
        }
        // Pushes a result, or stores it straight into the local of a STORE_FAST that follows.
        macro_rules! push_or_store {
            ($v:expr) => {{
                let v = $v;
                if let (Opcode::STORE_FAST, slot) = next_op!() {
                    self.stack[base + slot as usize] = v;
                    ip += 1;
                } else {
                    self.push(v);
                }
            }};
        }
        // Pushes local `slot` for the LOAD_FAST at `ip` that the current instruction completes.
        macro_rules! load_next_fast {
            ($slot:expr) => {{
                let w = &self.stack[base + $slot as usize];
                if w.is_null() {
                    self.lasti = ip;
                    unbound_local!($slot as usize);
                }
                let w = w.clone();
                self.push(w);
                ip += 1;
            }};
        }
        // Pushes `$obj`'s attribute for the LOAD_ATTR (`$op`, `$arg`) at `ip` through its
        // warm cache and steps over that instruction, or pushes `$obj` for it to run.
        macro_rules! push_cached_attr {
            ($obj:ident, $op:expr, $arg:expr) => {{
                let name = &code.names[$arg as usize];
                match crate::attr_cache::load(&code, ip + 1, &$obj, name) {
                    Some(x) => {
                        self.push(x);
                        ip += 1 + $op.cache_words();
                    }
                    None => self.push($obj),
                }
            }};
        }
        // Steps `ip` over the inline-cache words of the executing instruction `$op` (every
        // variant of an instruction has the same number).
        macro_rules! skip_caches {
            ($op:ident) => {{
                const N: usize = Opcode::$op.cache_words();
                ip += N;
            }};
        }
        macro_rules! unbound_local {
            ($slot:expr) => {{
                let name = code.bc.local_name($slot).to_string();
                return Err(self.err(
                    "UnboundLocalError",
                    format!("cannot access local variable '{name}' where it is not associated with a value"),
                ));
            }};
        }
        'dispatch: loop {
            if crate::value::FINALIZERS_PENDING.load(std::sync::atomic::Ordering::Relaxed) {
                self.frames[fi].resume = ip;
                self.run_finalizers();
            }
            let (opb, arg) = decode(code.words[ip].get());
            let op = opcode_of_byte(opb);
            self.lasti = ip;
            // Instructions with inline caches step over them first thing (`skip_caches!`).
            ip += 1;
            match op {
                Opcode::NOP => {}
                Opcode::POP_TOP => {
                    self.stack.pop();
                }
                Opcode::PUSH_NULL => self.push(Value::NULL),
                Opcode::COPY => {
                    let n = self.stack.len();
                    // `c[k] op= x` copies the container and the key, then subscripts them: in
                    // one step when the subscript has a fast path (the copies stay below).
                    if arg == 2
                        && let (Opcode::COPY, 2) = next_op!()
                        && opcode_of_byte(decode(code.words[ip + 1].get()).0)
                            == Opcode::BINARY_SUBSCR
                        && let Some(v) = self.subscr_fast(&self.stack[n - 2], &self.stack[n - 1])
                    {
                        self.push(v);
                        ip += 2 + Opcode::BINARY_SUBSCR.cache_words();
                        continue;
                    }
                    let v = self.stack[n - arg as usize].clone();
                    self.push(v);
                }
                Opcode::SWAP => {
                    let n = self.stack.len();
                    self.stack.swap(n - 1, n - arg as usize);
                }
                Opcode::LOAD_CONST => self.push(code.consts[arg as usize].clone()),
                Opcode::LOAD_FAST => {
                    let v = &self.stack[base + arg as usize];
                    if v.is_null() {
                        unbound_local!(arg as usize);
                    }
                    let v = v.clone();
                    // `local.attr`, `local.method(...)`, `local.attr = x` through a warm
                    // attribute cache complete here (a miss leaves the instruction to run), as
                    // does a following LOAD_FAST or LOAD_CONST.
                    match next_op!() {
                        (Opcode::LOAD_FAST, a2) => {
                            self.push(v);
                            load_next_fast!(a2);
                        }
                        (Opcode::LOAD_CONST, a2) => {
                            self.push(v);
                            self.push(code.consts[a2 as usize].clone());
                            ip += 1;
                        }
                        (op2 @ (Opcode::LOAD_ATTR | Opcode::LOAD_ATTR_SLOT), a2) => {
                            push_cached_attr!(v, op2, a2);
                        }
                        (op2 @ (Opcode::LOAD_METHOD | Opcode::LOAD_METHOD_CACHED), a2) => {
                            let name = &code.names[a2 as usize];
                            if let Some(m) = crate::attr_cache::method(&code, ip + 1, &v, name) {
                                self.push(m);
                                ip += 1 + op2.cache_words();
                            }
                            self.push(v);
                        }
                        (op2 @ (Opcode::STORE_ATTR | Opcode::STORE_ATTR_SLOT), a2) => {
                            let val = self.pop();
                            self.lasti = ip;
                            let name = &code.names[a2 as usize];
                            if crate::attr_cache::store(self, &code, ip + 1, &v, name, &val)? {
                                ip += 1 + op2.cache_words();
                            } else {
                                self.push(val);
                                self.push(v);
                            }
                        }
                        // `local.attr op= x` loads the object twice, then the attribute.
                        (Opcode::COPY, 1) => {
                            self.push(v.clone());
                            ip += 1;
                            match next_op!() {
                                (op3 @ (Opcode::LOAD_ATTR | Opcode::LOAD_ATTR_SLOT), a3) => {
                                    push_cached_attr!(v, op3, a3);
                                }
                                _ => self.push(v),
                            }
                        }
                        // `if local:` on a bool, None or small int branches here.
                        (op2 @ (Opcode::POP_JUMP_IF_FALSE | Opcode::POP_JUMP_IF_TRUE), target) => {
                            match quick_truth(self, &v) {
                                Some(t) => {
                                    ip = if t == (op2 == Opcode::POP_JUMP_IF_TRUE) {
                                        target as usize
                                    } else {
                                        ip + 1
                                    };
                                }
                                None => self.push(v),
                            }
                        }
                        _ => self.push(v),
                    }
                }
                Opcode::STORE_FAST => {
                    let v = self.pop();
                    self.stack[base + arg as usize] = v;
                    if let (Opcode::LOAD_FAST, a2) = next_op!() {
                        load_next_fast!(a2);
                    }
                }
                Opcode::DELETE_FAST => {
                    let slot = &mut self.stack[base + arg as usize];
                    if slot.is_null() {
                        unbound_local!(arg as usize);
                    }
                    *slot = Value::NULL;
                }
                Opcode::LOAD_DEREF | Opcode::LOAD_CLASSDEREF => {
                    if op == Opcode::LOAD_CLASSDEREF {
                        let name = self.intern(code.bc.local_name(arg as usize));
                        if let Some(l) = self.frames[fi].locals.clone()
                            && let Some(v) = self.dict_get_str(&l, &name)
                        {
                            self.push(v);
                            continue;
                        }
                    }
                    let cell = self.stack[base + arg as usize].clone();
                    let v = cell.downcast::<PyCell>().and_then(|c| c.0.borrow().clone());
                    match v {
                        Some(v) => self.push(v),
                        None => return Err(self.unbound_deref(&code, arg as usize)),
                    }
                }
                Opcode::STORE_DEREF => {
                    let v = self.pop();
                    let cell = self.stack[base + arg as usize].clone();
                    *cell.downcast::<PyCell>().expect("cell").0.borrow_mut() = Some(v);
                }
                Opcode::DELETE_DEREF => {
                    let cell = self.stack[base + arg as usize].clone();
                    let old = cell
                        .downcast::<PyCell>()
                        .expect("cell")
                        .0
                        .borrow_mut()
                        .take();
                    if old.is_none() {
                        return Err(self.unbound_deref(&code, arg as usize));
                    }
                }
                Opcode::LOAD_CLOSURE => {
                    let c = self.stack[base + arg as usize].clone();
                    self.push(c);
                }
                Opcode::LOAD_NAME => {
                    let name = &code.names[arg as usize];
                    let hint = &code.name_hints[arg as usize];
                    let cached = self.frames[fi].locals.as_ref().and_then(|l| {
                        if !l.header_type().is_some_and(|t| t.is(&self.t.dict)) {
                            return None;
                        }
                        let d = l.downcast::<PyDict>()?;
                        let h = hint.get() as usize;
                        (h != 0)
                            .then(|| d.0.borrow().value_if_key(h - 1, name))
                            .flatten()
                    });
                    if let Some(v) = cached {
                        self.push(v);
                        continue;
                    }
                    let locals = self.frames[fi].locals.clone();
                    let v = match &locals {
                        Some(l) if self.is_exact_dict(l) => {
                            let t = l.downcast::<PyDict>().unwrap().0.borrow();
                            t.position_of_str(name).and_then(|p| {
                                // Only an entry keyed by this very string can be hinted.
                                if t.value_if_key(p, name).is_some() {
                                    hint.set(p as u32 + 1);
                                }
                                t.entry_at(p)?.as_ref().map(|e| e.value.clone())
                            })
                        }
                        Some(l) => self.mapping_get_name(l, name)?,
                        None => None,
                    };
                    let v = match v {
                        Some(v) => v,
                        // At module level the locals are the globals: only builtins remain.
                        None if locals
                            .as_ref()
                            .is_some_and(|l| l.is(&self.frames[fi].globals)) =>
                        {
                            self.builtin_or_error(fi, name)?
                        }
                        None => self.global_or_builtin(fi, name)?,
                    };
                    self.push(v);
                }
                Opcode::LOAD_FROM_DICT_OR_GLOBALS => {
                    let m = self.pop();
                    let name = &code.names[arg as usize];
                    let v = match self.mapping_get_name(&m, name)? {
                        Some(v) => v,
                        None => self.global_or_builtin(fi, name)?,
                    };
                    self.push(v);
                }
                Opcode::STORE_NAME => {
                    let v = self.pop();
                    let name = code.names[arg as usize].clone();
                    // Rebinding a name already at the hinted entry replaces its value in place.
                    let h = code.name_hints[arg as usize].get() as usize;
                    if h != 0
                        && let Some(l) = self.frames[fi].locals.as_ref()
                        && l.header_type().is_some_and(|t| t.is(&self.t.dict))
                        && let Some(d) = l.downcast::<PyDict>()
                    {
                        let old = {
                            let mut t = d.0.borrow_mut();
                            if t.value_if_key(h - 1, &name).is_some() {
                                Some(std::mem::replace(t.value_mut(h - 1), v.clone()))
                            } else {
                                None
                            }
                        };
                        if let Some(old) = old {
                            // Dropped after the borrow ends (its __del__ may look at the dict).
                            drop(old);
                            continue;
                        }
                    }
                    let target = self.frames[fi]
                        .locals
                        .clone()
                        .unwrap_or_else(|| self.frames[fi].globals.clone());
                    if self.is_exact_dict(&target) {
                        self.dict_set(&target, name, v)?;
                    } else {
                        self.setitem(&target, name, v)?;
                    }
                }
                Opcode::DELETE_NAME => {
                    let name = code.names[arg as usize].clone();
                    let target = self.frames[fi]
                        .locals
                        .clone()
                        .unwrap_or_else(|| self.frames[fi].globals.clone());
                    if !self.is_exact_dict(&target) {
                        match self.delitem(&target, &name) {
                            Err(e) if self.exc_matches(&e, "KeyError") => {
                                return Err(self.name_error(str_of(&name).unwrap()));
                            }
                            r => r?,
                        }
                    } else if self.dict_del(&target, &name)?.is_none() {
                        return Err(self.name_error(str_of(&name).unwrap()));
                    }
                }
                Opcode::LOAD_GLOBAL | Opcode::LOAD_GLOBAL_CACHED => {
                    skip_caches!(LOAD_GLOBAL);
                    let name = &code.names[arg as usize];
                    // Inline cache: word 1 = globals entry index + 1; word 2 = builtins entry
                    // index + 1, valid while word 3 equals the globals dict's version (so the
                    // name is still absent from globals). An entry whose key is the name itself
                    // is the binding, whatever happened to the dict meanwhile.
                    let c = ip - 3;
                    let gi = code.words[c].get() as usize;
                    let globals = self.frames[fi].globals.downcast::<PyDict>().unwrap();
                    let cached = if gi != 0 {
                        globals.0.borrow().value_if_key(gi - 1, name)
                    } else {
                        let bi = code.words[c + 1].get() as usize;
                        if bi != 0 && globals.0.borrow().version as u32 == code.words[c + 2].get() {
                            let builtins = self.frames[fi].builtins.downcast::<PyDict>().unwrap();
                            builtins.0.borrow().value_if_key(bi - 1, name)
                        } else {
                            None
                        }
                    };
                    if let Some(v) = cached {
                        self.push(v);
                        // A global called next: the call's NULL slot.
                        if let (Opcode::PUSH_NULL, _) = next_op!() {
                            self.push(Value::NULL);
                            ip += 1;
                        }
                        continue;
                    }
                    self.fill_global_cache(&code, c, arg as usize, fi);
                    let v = self.global_or_builtin(fi, name)?;
                    self.push(v);
                }
                Opcode::STORE_GLOBAL => {
                    let mut v = Some(self.pop());
                    let name = &code.names[arg as usize];
                    // Rebinding an existing global replaces the entry's value in place (no
                    // hash of the name, no generic probe); the old value goes after the
                    // borrow ends.
                    let old = self.frames[fi].globals.downcast::<PyDict>().and_then(|g| {
                        let mut t = g.0.borrow_mut();
                        let pos = t.position_of_str(name)?;
                        Some(std::mem::replace(t.value_mut(pos), v.take()?))
                    });
                    drop(old);
                    if let Some(v) = v {
                        let g = self.frames[fi].globals.clone();
                        self.dict_set(&g, name.clone(), v)?;
                    }
                }
                Opcode::DELETE_GLOBAL => {
                    let g = self.frames[fi].globals.clone();
                    let name = code.names[arg as usize].clone();
                    if self.dict_del(&g, &name)?.is_none() {
                        return Err(self.name_error(str_of(&name).unwrap()));
                    }
                }
                Opcode::LOAD_ATTR | Opcode::LOAD_ATTR_SLOT => {
                    skip_caches!(LOAD_ATTR);
                    let name = &code.names[arg as usize];
                    let c = ip - Opcode::LOAD_ATTR.cache_words();
                    // A hit replaces the object on the stack with the attribute.
                    if let Some(v) = crate::attr_cache::load(&code, c, self.top(), name) {
                        *self.stack.last_mut().expect("empty stack") = v;
                        continue;
                    }
                    let obj = self.pop();
                    let v = self.getattr(&obj, name)?;
                    self.push(v);
                    crate::attr_cache::fill(self, &code, c, &obj, name, false);
                }
                Opcode::LOAD_METHOD | Opcode::LOAD_METHOD_CACHED => {
                    skip_caches!(LOAD_METHOD);
                    let obj = self.pop();
                    let name = &code.names[arg as usize];
                    let c = ip - 4;
                    if let Some(m) = crate::attr_cache::method(&code, c, &obj, name) {
                        self.push(m);
                        self.push(obj);
                        continue;
                    }
                    if let Some(v) = crate::attr_cache::module_method(&code, c, &obj, name) {
                        self.push(v);
                        self.push(Value::NULL);
                        continue;
                    }
                    let ty = self.type_of(&obj);
                    let tyo = ty.downcast::<PyType>().unwrap();
                    // Fast path: a plain function or builtin method found on the type, not
                    // shadowed by the instance dict, without custom __getattribute__.
                    let mut done = false;
                    if obj.kind() != Some(Kind::Type)
                        && obj.kind() != Some(Kind::Module)
                        && obj.kind() != Some(Kind::Super)
                        && let Some(d) = type_lookup(&ty, name)
                    {
                        let plain = match d.kind() {
                            Some(Kind::Function) => true,
                            Some(Kind::Builtin) => {
                                d.downcast::<PyBuiltin>().unwrap().owner.is_some()
                            }
                            _ => false,
                        };
                        let shadowed = self.instance_attr(&obj, name).is_some();
                        let custom_ga = tyo.heap
                            && crate::ops::type_flags(self, &ty) & crate::ops::CUSTOM_GETATTRIBUTE
                                != 0;
                        if plain && !shadowed && !custom_ga {
                            crate::attr_cache::fill_method(&code, c, &ty, &d);
                            self.push(d);
                            self.push(obj.clone());
                            done = true;
                        }
                    }
                    if !done {
                        let v = self.getattr(&obj, name)?;
                        self.push(v);
                        self.push(Value::NULL);
                        if obj.kind() == Some(Kind::Module) {
                            crate::attr_cache::fill_module_method(self, &code, c, &obj, name);
                        }
                    }
                }
                Opcode::STORE_ATTR | Opcode::STORE_ATTR_SLOT => {
                    skip_caches!(STORE_ATTR);
                    let obj = self.pop();
                    let v = self.pop();
                    let name = &code.names[arg as usize];
                    let c = ip - Opcode::STORE_ATTR.cache_words();
                    if crate::attr_cache::store(self, &code, c, &obj, name, &v)? {
                        continue;
                    }
                    self.setattr(&obj, name, v)?;
                    crate::attr_cache::fill(self, &code, c, &obj, name, true);
                }
                Opcode::DELETE_ATTR => {
                    let obj = self.pop();
                    self.delattr(&obj, &code.names[arg as usize])?;
                }
                Opcode::BINARY_OP | Opcode::BINARY_OP_INT | Opcode::BINARY_OP_FLOAT => {
                    skip_caches!(BINARY_OP);
                    let mut arg = arg;
                    let mut b = self.pop();
                    // Small-int and float arithmetic; a result that the next BINARY_OP takes
                    // as its right operand stays in hand for it (`a * b + c * d`).
                    let a = loop {
                        let a = self.pop();
                        let result =
                            if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
                                small_int_binop(arg, x, y)
                                    .and_then(Value::small_int)
                                    .map(Ok)
                            } else if let (Some(x), Some(y)) =
                                (float_operand(self, &a), float_operand(self, &b))
                                && (a.kind() == Some(Kind::Float) || b.kind() == Some(Kind::Float))
                            {
                                float_binop(arg, x, y).map(Err)
                            } else {
                                None
                            };
                        let Some(result) = result else {
                            break a;
                        };
                        if let (
                            Opcode::BINARY_OP | Opcode::BINARY_OP_INT | Opcode::BINARY_OP_FLOAT,
                            a2,
                        ) = next_op!()
                        {
                            self.lasti = ip;
                            ip += 1 + Opcode::BINARY_OP.cache_words();
                            arg = a2;
                            b = result.unwrap_or_else(|r| self.float(r));
                            continue;
                        }
                        let v = match result {
                            Ok(v) => v,
                            Err(r) => {
                                // `x = <float arithmetic>` where the local holds the only
                                // reference to a float: the result goes into that float's box.
                                if let (Opcode::STORE_FAST, slot) = next_op!()
                                    && self.stack[base + slot as usize].overwrite_unique_float(r)
                                {
                                    ip += 1;
                                    continue 'dispatch;
                                }
                                self.float(r)
                            }
                        };
                        match next_op!() {
                            (Opcode::STORE_FAST, slot) => {
                                self.stack[base + slot as usize] = v;
                                ip += 1;
                            }
                            // `c[k] op= x`: the two SWAPs and the STORE_SUBSCR of the result
                            // into the container and key below it.
                            (Opcode::SWAP, 3)
                                if decode(code.words[ip + 1].get()) == (Opcode::SWAP as u8, 2)
                                    && opcode_of_byte(decode(code.words[ip + 2].get()).0)
                                        == Opcode::STORE_SUBSCR =>
                            {
                                let k = self.pop();
                                let c = self.pop();
                                match self.store_subscr_fast(&c, &k, v) {
                                    None => ip += 3 + Opcode::STORE_SUBSCR.cache_words(),
                                    Some(v) => {
                                        // The SWAPs are done; the STORE_SUBSCR runs.
                                        self.push(v);
                                        self.push(c);
                                        self.push(k);
                                        ip += 2;
                                    }
                                }
                            }
                            // `obj.attr op= x`: the SWAP and the STORE_ATTR of the result into
                            // the object below it, through a warm cache.
                            (Opcode::SWAP, 2) => {
                                let (op3, a3) = decode(code.words[ip + 1].get());
                                if matches!(
                                    opcode_of_byte(op3),
                                    Opcode::STORE_ATTR | Opcode::STORE_ATTR_SLOT
                                ) {
                                    let obj = self.pop();
                                    self.lasti = ip + 1;
                                    let name = &code.names[a3 as usize];
                                    if crate::attr_cache::store(
                                        self,
                                        &code,
                                        ip + 2,
                                        &obj,
                                        name,
                                        &v,
                                    )? {
                                        ip += 2 + Opcode::STORE_ATTR.cache_words();
                                    } else {
                                        // The SWAP is done; the STORE_ATTR runs.
                                        self.push(v);
                                        self.push(obj);
                                        ip += 1;
                                    }
                                } else {
                                    self.push(v);
                                }
                            }
                            _ => self.push(v),
                        }
                        continue 'dispatch;
                    };
                    // `s += t` (or `s = s + t`) where the local is the string's only other
                    // reference: the local lets go and the string grows in place, so a loop
                    // building a string is linear, as in CPython.
                    if (arg == 0 || arg == BinOp::INPLACE)
                        && let (Opcode::STORE_FAST, slot) = next_op!()
                        && a.refcount() == 2
                        && self.stack[base + slot as usize].is(&a)
                        && a.header_type().is_some_and(|t| t.is(&self.t.str))
                        && b.header_type().is_some_and(|t| t.is(&self.t.str))
                    {
                        let mut a = a;
                        drop(std::mem::replace(
                            &mut self.stack[base + slot as usize],
                            Value::NULL,
                        ));
                        let t = b.downcast::<PyStr>().unwrap();
                        a.unique_payload_mut::<PyStr>().unwrap().append(t);
                        self.stack[base + slot as usize] = a;
                        ip += 1;
                        continue;
                    }
                    // Concatenation of exact strs.
                    if (arg == 0 || arg == BinOp::INPLACE)
                        && let (Some(x), Some(y)) = (a.downcast::<PyStr>(), b.downcast::<PyStr>())
                        && a.header_type().is_some_and(|t| t.is(&self.t.str))
                        && b.header_type().is_some_and(|t| t.is(&self.t.str))
                    {
                        push_or_store!(crate::arith::str_concat(self, (&a, x), (&b, y)));
                        continue;
                    }
                    let (bop, inplace) = BinOp::from_arg(arg);
                    let r = self.binary_op(&a, &b, bop, inplace)?;
                    self.push(r);
                }
                Opcode::COMPARE_OP | Opcode::COMPARE_OP_INT => {
                    skip_caches!(COMPARE_OP);
                    let b = self.pop();
                    let a = self.pop();
                    if a.is_small_int() && b.is_small_int() {
                        let (x, y) = (a.small_int_value(), b.small_int_value());
                        let r = match arg {
                            0 => x < y,
                            1 => x <= y,
                            2 => x == y,
                            3 => x != y,
                            4 => x > y,
                            _ => x >= y,
                        };
                        push_or_branch!(r);
                        continue;
                    }
                    // Exact strs: `==`/`!=` by identity, then the text; orderings by the
                    // text (UTF-8 byte order is code point order).
                    if let (Some(x), Some(y)) = (a.downcast::<PyStr>(), b.downcast::<PyStr>())
                        && a.header_type().is_some_and(|t| t.is(&self.t.str))
                        && b.header_type().is_some_and(|t| t.is(&self.t.str))
                    {
                        let r = match arg {
                            2 | 3 => (a.is(&b) || (x.len == y.len && x.s == y.s)) == (arg == 2),
                            0 => x.s < y.s,
                            1 => x.s <= y.s,
                            4 => x.s > y.s,
                            _ => x.s >= y.s,
                        };
                        push_or_branch!(r);
                        continue;
                    }
                    let cop = CmpOp::ALL[arg as usize];
                    let r = self.compare(&a, &b, cop)?;
                    if r.is(&self.true_) || r.is(&self.false_) {
                        let t = r.is(&self.true_);
                        match next_op!() {
                            (Opcode::POP_JUMP_IF_FALSE, target) => {
                                ip = if t { ip + 1 } else { target as usize };
                                continue;
                            }
                            (Opcode::POP_JUMP_IF_TRUE, target) => {
                                ip = if t { target as usize } else { ip + 1 };
                                continue;
                            }
                            _ => {}
                        }
                    }
                    self.push(r);
                }
                Opcode::IS_OP => {
                    let b = self.pop();
                    let a = self.pop();
                    push_or_branch!(a.is(&b) != (arg == 1));
                }
                Opcode::CONTAINS_OP => {
                    let b = self.pop();
                    let a = self.pop();
                    // Membership in an exact dict is a lookup of its keys.
                    let found = if self.is_exact(&b, &self.t.dict) {
                        self.dict_get(&b, &a)?.is_some()
                    } else {
                        self.contains(&b, &a)?
                    };
                    push_or_branch!(found != (arg == 1));
                }
                Opcode::UNARY_NEGATIVE | Opcode::UNARY_POSITIVE | Opcode::UNARY_INVERT => {
                    let a = self.pop();
                    let r = crate::builtins::unary_op(self, &a, op)?;
                    self.push(r);
                }
                Opcode::UNARY_NOT => {
                    let a = self.pop();
                    let r = !self.truthy(&a)?;
                    self.push(self.bool(r));
                }
                Opcode::BINARY_SUBSCR => {
                    skip_caches!(BINARY_SUBSCR);
                    let k = self.pop();
                    let c = self.pop();
                    if let Some(v) = self.subscr_fast(&c, &k) {
                        self.push(v);
                        continue;
                    }
                    // An exact dict: its value for the key, else KeyError.
                    if self.is_exact(&c, &self.t.dict) {
                        match self.dict_get(&c, &k)? {
                            Some(v) => self.push(v),
                            None => return Err(self.key_error(k)),
                        }
                        continue;
                    }
                    let r = self.getitem(&c, &k)?;
                    self.push(r);
                }
                Opcode::STORE_SUBSCR => {
                    skip_caches!(STORE_SUBSCR);
                    let k = self.pop();
                    let c = self.pop();
                    let v = self.pop();
                    let Some(v) = self.store_subscr_fast(&c, &k, v) else {
                        continue;
                    };
                    if self.is_exact(&c, &self.t.dict) {
                        self.dict_set(&c, k, v)?;
                    } else {
                        self.setitem(&c, k, v)?;
                    }
                }
                Opcode::DELETE_SUBSCR => {
                    let k = self.pop();
                    let c = self.pop();
                    self.delitem(&c, &k)?;
                }
                Opcode::BUILD_SLICE => {
                    let step = if arg == 3 {
                        self.pop()
                    } else {
                        self.none.clone()
                    };
                    let stop = self.pop();
                    let start = self.pop();
                    let s = Value::new_object(&self.t.slice, PySlice { start, stop, step });
                    self.push(s);
                }
                Opcode::BUILD_TUPLE => {
                    let items = self.stack.split_off(self.stack.len() - arg as usize);
                    let t = self.tuple(items);
                    self.push(t);
                }
                Opcode::BUILD_LIST => {
                    let items = self.stack.split_off(self.stack.len() - arg as usize);
                    let l = self.list(items);
                    self.push(l);
                }
                Opcode::BUILD_SET => {
                    let n = (arg & ferrython_bytecode::opcode::SET_COUNT_MASK) as usize;
                    let items = self.stack.split_off(self.stack.len() - n);
                    let s = self.set(false);
                    // A display of constants: CPython builds a frozenset constant and merges
                    // it into a new set, which lays the table out differently.
                    let target = if arg & ferrython_bytecode::opcode::CONST_SET_FLAG != 0 {
                        self.set(true)
                    } else {
                        s.clone()
                    };
                    for it in items {
                        self.set_add(&target, it)?;
                    }
                    if !target.is(&s) {
                        // CPython's compiler also rebuilds the constant from its own
                        // iteration order when it deduplicates constants.
                        let rebuilt = self.set(true);
                        for x in target.downcast::<PySet>().unwrap().items() {
                            self.set_add(&rebuilt, x)?;
                        }
                        self.set_update_from(&s, &rebuilt)?;
                    }
                    self.push(s);
                }
                Opcode::BUILD_MAP => {
                    let items = self.stack.split_off(self.stack.len() - 2 * arg as usize);
                    let d = self.dict();
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        self.dict_set(&d, k, v)?;
                    }
                    self.push(d);
                }
                Opcode::BUILD_CONST_KEY_MAP => {
                    let keys = self.pop();
                    let vals = self.stack.split_off(self.stack.len() - arg as usize);
                    let d = self.dict();
                    let ks = keys.downcast::<PyTuple>().unwrap().0.to_vec();
                    for (k, v) in ks.into_iter().zip(vals) {
                        self.dict_set(&d, k, v)?;
                    }
                    self.push(d);
                }
                Opcode::BUILD_STRING => {
                    let parts = self.stack.split_off(self.stack.len() - arg as usize);
                    let mut s = String::new();
                    for p in &parts {
                        s.push_str(str_of(p).unwrap_or(""));
                    }
                    let v = self.str(s);
                    self.push(v);
                }
                Opcode::LIST_APPEND => {
                    let v = self.pop();
                    let l = &self.stack[self.stack.len() - arg as usize];
                    l.downcast::<PyList>().expect("list").0.borrow_mut().push(v);
                }
                Opcode::SET_ADD => {
                    let v = self.pop();
                    let s = self.stack[self.stack.len() - arg as usize].clone();
                    self.set_add(&s, v)?;
                }
                Opcode::MAP_ADD => {
                    let v = self.pop();
                    let k = self.pop();
                    let d = self.stack[self.stack.len() - arg as usize].clone();
                    self.dict_set(&d, k, v)?;
                }
                Opcode::LIST_EXTEND => {
                    let it = self.pop();
                    let depth = (arg & 0xff) as usize;
                    let l = self.stack[self.stack.len() - depth].clone();
                    let items = match self.collect(&it) {
                        Ok(v) => v,
                        Err(e) if self.exc_matches(&e, "TypeError") && self.iter(&it).is_err() => {
                            let tn = self.type_name(&it);
                            let msg = if arg & ferrython_bytecode::opcode::CALL_ARGS_FLAG != 0 {
                                let f = self.stack[self.stack.len() - depth - 2].clone();
                                let fs = self.function_str(&f);
                                format!("{fs} argument after * must be an iterable, not {tn}")
                            } else {
                                format!("Value after * must be an iterable, not {tn}")
                            };
                            return Err(self.type_error(msg));
                        }
                        Err(e) => return Err(e),
                    };
                    l.downcast::<PyList>()
                        .expect("list")
                        .0
                        .borrow_mut()
                        .extend(items);
                }
                Opcode::SET_UPDATE => {
                    let it = self.pop();
                    let s = self.stack[self.stack.len() - arg as usize].clone();
                    self.set_update_from(&s, &it)?;
                }
                Opcode::DICT_UPDATE | Opcode::DICT_MERGE => {
                    let m = self.pop();
                    let d = self.stack[self.stack.len() - arg as usize].clone();
                    if op == Opcode::DICT_MERGE {
                        // Only calls merge: the callee sits below the argument tuple.
                        let f = self.stack[self.stack.len() - arg as usize - 3].clone();
                        let keys = match self.mapping_keys(&m) {
                            Ok(k) => k,
                            Err(_) => {
                                let fs = self.function_str(&f);
                                let tn = self.type_name(&m);
                                return Err(self.type_error(format!(
                                    "{fs} argument after ** must be a mapping, not {tn}"
                                )));
                            }
                        };
                        for k in keys {
                            if self.dict_get(&d, &k)?.is_some() {
                                let ks = self.str_string(&k)?;
                                let fs = self.function_str(&f);
                                return Err(self.type_error(format!(
                                    "{fs} got multiple values for keyword argument '{ks}'"
                                )));
                            }
                            let v = self.getitem(&m, &k)?;
                            self.dict_set(&d, k, v)?;
                        }
                    } else {
                        // `{**m}` takes only mappings (objects with keys()), unlike update().
                        if m.kind() != Some(Kind::Dict) {
                            let keys = self.intern("keys");
                            let mt = self.type_of(&m);
                            if crate::ops::type_lookup(&mt, &keys).is_none() {
                                return Err(self.type_error(format!(
                                    "'{}' object is not a mapping",
                                    self.type_name(&m)
                                )));
                            }
                        }
                        crate::builtins::dict_update(self, &d, &m)?;
                    }
                }
                Opcode::FORMAT_VALUE => {
                    let spec = if arg & 4 != 0 { Some(self.pop()) } else { None };
                    let v = self.pop();
                    let v = match arg & 3 {
                        1 => self.to_str(&v)?,
                        2 => self.repr(&v)?,
                        3 => {
                            let r = self.repr_string(&v)?;
                            let a = crate::builtins::ascii_escape(&r);
                            self.str(a)
                        }
                        _ => v,
                    };
                    let s = match &spec {
                        Some(sp) => self.format(&v, str_of(sp).unwrap_or(""))?,
                        None => {
                            if v.kind() == Some(Kind::Str) {
                                self.push(v);
                                continue;
                            }
                            self.format(&v, "")?
                        }
                    };
                    let s = self.str(s);
                    self.push(s);
                }
                Opcode::UNPACK_SEQUENCE => {
                    skip_caches!(UNPACK_SEQUENCE);
                    let seq = self.pop();
                    // Exact tuples and lists of the right length: no iterator, no copy.
                    if let Some(t) = seq.downcast::<PyTuple>()
                        && t.0.len() == arg as usize
                        && self.is_exact(&seq, &self.t.tuple)
                    {
                        self.stack.extend(t.0.iter().rev().cloned());
                        continue;
                    }
                    if let Some(l) = seq.downcast::<PyList>()
                        && self.is_exact(&seq, &self.t.list)
                    {
                        let l = l.0.borrow();
                        if l.len() == arg as usize {
                            self.stack.extend(l.iter().rev().cloned());
                            continue;
                        }
                    }
                    let items = self.collect_for_unpack(&seq)?;
                    if items.len() != arg as usize {
                        return Err(if items.len() < arg as usize {
                            self.value_error(format!(
                                "not enough values to unpack (expected {arg}, got {})",
                                items.len()
                            ))
                        } else {
                            self.value_error(format!("too many values to unpack (expected {arg})"))
                        });
                    }
                    self.stack.extend(items.into_iter().rev());
                }
                Opcode::UNPACK_EX => {
                    let before = (arg & 0xff) as usize;
                    let after = (arg >> 8) as usize;
                    let seq = self.pop();
                    let items = self.collect_for_unpack(&seq)?;
                    if items.len() < before + after {
                        return Err(self.value_error(format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            before + after,
                            items.len()
                        )));
                    }
                    let mut items = items;
                    let tail = items.split_off(items.len() - after);
                    let mid = items.split_off(before);
                    for v in tail.into_iter().rev() {
                        self.push(v);
                    }
                    let l = self.list(mid);
                    self.push(l);
                    for v in items.into_iter().rev() {
                        self.push(v);
                    }
                }
                Opcode::JUMP => ip = arg as usize,
                Opcode::JUMP_BACKWARD => {
                    ip = arg as usize;
                    if self.interrupt.load(std::sync::atomic::Ordering::Relaxed) {
                        self.frames[fi].resume = ip;
                        self.handle_signals()?;
                    }
                }
                Opcode::POP_JUMP_IF_FALSE | Opcode::POP_JUMP_IF_TRUE => {
                    let v = self.pop();
                    let t = if v.is(&self.true_) {
                        true
                    } else if v.is(&self.false_) {
                        false
                    } else {
                        self.truthy(&v)?
                    };
                    if t == (op == Opcode::POP_JUMP_IF_TRUE) {
                        ip = arg as usize;
                    }
                }
                Opcode::POP_JUMP_IF_NONE | Opcode::POP_JUMP_IF_NOT_NONE => {
                    let v = self.pop();
                    if v.is(&self.none) == (op == Opcode::POP_JUMP_IF_NONE) {
                        ip = arg as usize;
                    }
                }
                Opcode::GET_ITER => {
                    // A generator is its own iterator (its type's `__iter__` cannot be
                    // replaced).
                    let top = self.top();
                    if !(top.kind() == Some(Kind::Generator)
                        && top.header_type().is_some_and(|t| t.is(&self.t.generator)))
                    {
                        let v = self.pop();
                        let it = self.iter(&v)?;
                        self.push(it);
                    }
                }
                Opcode::FOR_ITER => {
                    skip_caches!(FOR_ITER);
                    // Range and list iterators step without taking a reference to the
                    // iterator: `None` here means the slow path below.
                    let fast = match self.top().downcast::<PyIter>() {
                        Some(pi) => match &mut *pi.0.borrow_mut() {
                            IterState::Range { cur, stop, step } if *step > 0 => {
                                if *cur < *stop {
                                    let v = *cur;
                                    *cur += *step;
                                    Some(Some(self.int(v)))
                                } else {
                                    None
                                }
                            }
                            IterState::Seq { seq, idx } if seq.kind() == Some(Kind::List) => {
                                let item = seq
                                    .downcast::<PyList>()
                                    .unwrap()
                                    .0
                                    .borrow()
                                    .get(*idx)
                                    .cloned();
                                // At the end, iter_next below marks the iterator exhausted.
                                item.map(|v| {
                                    *idx += 1;
                                    Some(v)
                                })
                            }
                            _ => None,
                        },
                        None => None,
                    };
                    let next = match fast {
                        Some(next) => next,
                        None => {
                            let it = self.top().clone();
                            if let Some(pi) = it.downcast::<PyIter>() {
                                crate::iter::iter_next(self, pi)?
                            } else if self.frames.len() < self.recursion_limit && {
                                self.frames[fi].resume = ip;
                                crate::generator::push_inline(self, &it, self.none.clone())
                            } {
                                // The generator's frame runs in this loop; its `yield` comes
                                // back here with the value, its return leaves the loop (see
                                // YIELD_VALUE and RETURN_VALUE).
                                reload!();
                                continue;
                            } else {
                                self.next(&it)?
                            }
                        }
                    };
                    match next {
                        Some(v) => {
                            if let (Opcode::STORE_FAST, slot) = next_op!() {
                                self.stack[base + slot as usize] = v;
                                ip += 1;
                            } else {
                                self.push(v);
                            }
                        }
                        None => {
                            self.stack.pop();
                            ip = arg as usize;
                        }
                    }
                }
                Opcode::RETURN_VALUE | Opcode::RETURN_CONST => {
                    let v = if op == Opcode::RETURN_CONST {
                        code.consts[arg as usize].clone()
                    } else {
                        self.pop()
                    };
                    if self.profile.is_some() {
                        self.profile_return(Some(&v));
                    }
                    let f = self.pop_frame();
                    self.stack.truncate(f.call_base);
                    if let Some(g) = &f.generator {
                        crate::generator::mark_finished(g);
                        if fi != entry {
                            // A generator run by the caller's FOR_ITER or SEND is exhausted:
                            // drop the iterator and jump on, as those instructions would (SEND
                            // also hands over the return value).
                            self.stack.pop();
                            let ci = self.frames.len() - 1;
                            let caller = self.frames[ci].code.clone();
                            let (opb, target) = decode(caller.words[self.frames[ci].lasti].get());
                            if ALL_OPCODES[opb as usize] == Opcode::SEND {
                                self.push(v);
                            } else {
                                drop(v);
                            }
                            self.frames[ci].resume = target as usize;
                            reload!();
                            continue;
                        }
                    }
                    let v = match f.init_self {
                        None => v,
                        Some(obj) => {
                            if !v.is(&self.none) {
                                return Err(self.type_error(format!(
                                    "__init__() should return None, not '{}'",
                                    self.type_name(&v)
                                )));
                            }
                            obj
                        }
                    };
                    if fi == entry {
                        return Ok(Exit::Return(v));
                    }
                    reload!();
                    // The caller's POP_TOP or STORE_FAST of the result, done here.
                    match next_op!() {
                        (Opcode::POP_TOP, _) => {
                            ip += 1;
                            drop(v);
                        }
                        (Opcode::STORE_FAST, slot) => {
                            self.stack[base + slot as usize] = v;
                            ip += 1;
                        }
                        _ => self.push(v),
                    }
                }
                Opcode::CALL | Opcode::CALL_KW => {
                    skip_caches!(CALL);
                    let kwnames = if op == Opcode::CALL_KW {
                        Some(self.pop())
                    } else {
                        None
                    };
                    let fpos = self.stack.len() - arg as usize - 2;
                    // A bound method of a Python function: call the function with self, as
                    // LOAD_METHOD would have arranged.
                    if self.stack[fpos + 1].is_null()
                        && let Some(m) = self.stack[fpos].downcast::<PyMethod>()
                        && m.func.kind() == Some(Kind::Function)
                    {
                        let (f, s) = (m.func.clone(), m.self_.clone());
                        self.stack[fpos] = f;
                        self.stack[fpos + 1] = s;
                    }
                    let has_self = !self.stack[fpos + 1].is_null();
                    let argstart = if has_self { fpos + 1 } else { fpos + 2 };
                    let nargs = self.stack.len() - argstart;
                    if kwnames.is_none()
                        && self.stack[fpos]
                            .downcast::<PyFunction>()
                            .is_some_and(|pf| simple_call(&pf.code, nargs))
                    {
                        // The frame takes the function from its stack slot, and the arguments
                        // already sit where the callee's locals go.
                        let func = std::mem::replace(&mut self.stack[fpos], Value::NULL);
                        let pf = func.downcast::<PyFunction>().unwrap();
                        let callee = pf.code.clone();
                        let globals = pf.globals.clone();
                        let builtins = pf.builtins.clone();
                        for _ in nargs..callee.nlocalsplus {
                            self.push(Value::NULL);
                        }
                        if !callee.bc.cellvars.is_empty() || !callee.bc.freevars.is_empty() {
                            init_cells(self, &callee, argstart, pf.closure.as_ref());
                        }
                        self.frames[fi].resume = ip;
                        code = callee.clone();
                        self.push_frame(Frame {
                            code: callee,
                            globals,
                            builtins,
                            locals: None,
                            func: Some(func),
                            base: argstart,
                            call_base: fpos,
                            lasti: 0,
                            resume: 0,
                            generator: None,
                            init_self: None,
                        })?;
                        fi += 1;
                        base = argstart;
                        ip = 0;
                        continue;
                    }
                    let func = self.stack[fpos].clone();
                    // A generator (or coroutine) function called with exactly its positional
                    // parameters: the arguments become the new generator's first slots.
                    if kwnames.is_none()
                        && let Some(pf) = func.downcast::<PyFunction>()
                        && makes_generator(&pf.code)
                        && exact_positional(&pf.code, nargs)
                    {
                        // Room for the operand stack too, which joins the slots when the
                        // generator first suspends.
                        let mut locals =
                            Vec::with_capacity(pf.code.nlocalsplus + pf.code.bc.max_stack as usize);
                        crate::value::move_tail(&mut self.stack, argstart, &mut locals);
                        self.stack.truncate(fpos);
                        locals.resize(pf.code.nlocalsplus, Value::NULL);
                        let g = crate::generator::new_generator(self, &func, locals);
                        self.push(g);
                        continue;
                    }
                    // `len(x)` and `isinstance(x, t)` without the generic call (CPython
                    // specializes these calls too).
                    if kwnames.is_none()
                        && self.profile.is_none()
                        && let Some(b) = func.downcast::<PyBuiltin>()
                        && b.self_.is_none()
                    {
                        if nargs == 1
                            && std::ptr::fn_addr_eq(b.func, crate::builtins::b_len as NativeFn)
                        {
                            let n = self.len(&self.stack[argstart].clone())?;
                            self.stack.truncate(fpos);
                            push_or_store!(self.int(n as i64));
                            continue;
                        }
                        if nargs == 2
                            && std::ptr::fn_addr_eq(
                                b.func,
                                crate::builtins::b_isinstance as NativeFn,
                            )
                        {
                            let (x, t) = (
                                self.stack[argstart].clone(),
                                self.stack[argstart + 1].clone(),
                            );
                            let r = self.isinstance(&x, &t)?;
                            self.stack.truncate(fpos);
                            push_or_branch!(r);
                            continue;
                        }
                    }
                    if kwnames.is_none() && func.kind() == Some(Kind::Builtin) {
                        // Builtins take their arguments from a reused buffer.
                        let mut buf = std::mem::take(&mut self.arg_buf);
                        crate::value::move_tail(&mut self.stack, argstart, &mut buf);
                        self.stack.truncate(fpos);
                        let b = func.downcast::<PyBuiltin>().unwrap();
                        let r = if self.profile.is_some() {
                            self.call_builtin_profiled(&func, &buf, &[])
                        } else if b.self_.is_none()
                            && (b.owner.is_none() || self.known_receiver(b, buf.first()))
                        {
                            // A plain function, or a method descriptor called on an instance
                            // of the class it has seen valid receivers of: straight to it.
                            (b.func)(self, &buf, &[])
                        } else {
                            self.call(&func, &buf, &[])
                        };
                        buf.clear();
                        if buf.capacity() > self.arg_buf.capacity() {
                            self.arg_buf = buf;
                        }
                        let r = r?;
                        // A call made for its effect: drop the result at once.
                        if let (Opcode::POP_TOP, _) = next_op!() {
                            ip += 1;
                            drop(r);
                        } else {
                            self.push(r);
                        }
                        continue;
                    }
                    let mut args: Vec<Value> = Vec::with_capacity(nargs);
                    crate::value::move_tail(&mut self.stack, argstart, &mut args);
                    self.stack.truncate(fpos);
                    let kw: Vec<Value> = match &kwnames {
                        Some(t) => t.downcast::<PyTuple>().unwrap().0.to_vec(),
                        None => Vec::new(),
                    };
                    // Other Python functions (keywords, defaults, *args): bind the arguments
                    // and continue in this loop rather than recursing.
                    if let Some(pf) = func.downcast::<PyFunction>()
                        && !makes_generator(&pf.code)
                    {
                        let locals = bind_args(self, pf, &args, &kw)?;
                        let callee = pf.code.clone();
                        let base = self.stack.len();
                        self.stack.extend(locals);
                        init_cells(self, &callee, base, pf.closure.as_ref());
                        self.frames[fi].resume = ip;
                        self.push_frame(Frame {
                            code: callee,
                            globals: pf.globals.clone(),
                            builtins: pf.builtins.clone(),
                            locals: None,
                            func: Some(func.clone()),
                            base,
                            call_base: fpos,
                            lasti: 0,
                            resume: 0,
                            generator: None,
                            init_self: None,
                        })?;
                        reload!();
                        continue;
                    }
                    // A plain class: allocate, then run its Python __init__ in this loop.
                    if let Some((obj, init)) = self.plain_instantiation(&func)? {
                        let pf = init.downcast::<PyFunction>().unwrap();
                        let mut full = Vec::with_capacity(args.len() + 1);
                        full.push(obj.clone());
                        full.extend(args);
                        let locals = bind_args(self, pf, &full, &kw)?;
                        let callee = pf.code.clone();
                        let base = self.stack.len();
                        self.stack.extend(locals);
                        init_cells(self, &callee, base, pf.closure.as_ref());
                        self.frames[fi].resume = ip;
                        self.push_frame(Frame {
                            code: callee,
                            globals: pf.globals.clone(),
                            builtins: pf.builtins.clone(),
                            locals: None,
                            func: Some(init.clone()),
                            base,
                            call_base: fpos,
                            lasti: 0,
                            resume: 0,
                            generator: None,
                            init_self: Some(obj),
                        })?;
                        reload!();
                        continue;
                    }
                    let r = if self.profile.is_some() && func.kind() == Some(Kind::Builtin) {
                        self.call_builtin_profiled(&func, &args, &kw)?
                    } else {
                        self.call(&func, &args, &kw)?
                    };
                    self.push(r);
                }
                Opcode::CALL_FUNCTION_EX => {
                    let kwargs = if arg & 1 != 0 { Some(self.pop()) } else { None };
                    let args = self.pop();
                    let _null = self.pop();
                    let func = self.pop();
                    let mut argv = args
                        .downcast::<PyTuple>()
                        .map(|t| t.0.to_vec())
                        .unwrap_or_default();
                    let mut names = Vec::new();
                    if let Some(kw) = kwargs {
                        let items: Vec<(Value, Value)> = kw.downcast::<PyDict>().unwrap().items();
                        for (k, v) in items {
                            if k.kind() != Some(Kind::Str) {
                                return Err(self.type_error("keywords must be strings"));
                            }
                            names.push(k);
                            argv.push(v);
                        }
                    }
                    let r = if self.profile.is_some() && func.kind() == Some(Kind::Builtin) {
                        self.call_builtin_profiled(&func, &argv, &names)?
                    } else {
                        self.call(&func, &argv, &names)?
                    };
                    self.push(r);
                }
                Opcode::CALL_INTRINSIC_1 => {
                    let v = self.pop();
                    let r = match Intrinsic1::ALL[arg as usize] {
                        Intrinsic1::ListToTuple => {
                            let items = v.downcast::<PyList>().unwrap().0.borrow().clone();
                            self.tuple(items)
                        }
                        Intrinsic1::ImportStar => {
                            let target = self.frames[fi]
                                .locals
                                .clone()
                                .unwrap_or_else(|| self.frames[fi].globals.clone());
                            crate::import::import_star(self, &v, &target)?;
                            self.none.clone()
                        }
                        Intrinsic1::PrintExpr => {
                            let sys = self.sys.clone();
                            let hook = self
                                .getattr_str(&sys, "displayhook")
                                .map_err(|_| self.err("RuntimeError", "lost sys.displayhook"))?;
                            self.call(&hook, &[v], &[])?;
                            self.none.clone()
                        }
                        Intrinsic1::AsyncGenWrap => crate::coroutine::wrap_yielded(self, v),
                        Intrinsic1::TypeVar
                        | Intrinsic1::TypeVarTuple
                        | Intrinsic1::ParamSpec
                        | Intrinsic1::SubscriptGeneric
                        | Intrinsic1::TypeAlias => {
                            let which = Intrinsic1::ALL[arg as usize];
                            self.pep695_intrinsic(which, v, fi)?
                        }
                        Intrinsic1::PrepReraiseStar => {
                            let parts = v.downcast::<PyTuple>().unwrap().0.to_vec();
                            self.exception_group_helper("prep_reraise", &parts)?
                        }
                        other => {
                            return Err(self.err(
                                "NotImplementedError",
                                format!("{other:?} is not supported yet by ferrython"),
                            ));
                        }
                    };
                    self.push(r);
                }
                Opcode::MAKE_FUNCTION => {
                    let codev = self.pop();
                    let closure = if arg & 8 != 0 { Some(self.pop()) } else { None };
                    let annotations = if arg & 4 != 0 { Some(self.pop()) } else { None };
                    let kwdefaults = if arg & 2 != 0 { Some(self.pop()) } else { None };
                    let defaults = if arg & 1 != 0 { Some(self.pop()) } else { None };
                    let inner = codev.downcast::<PyCode>().unwrap().0.clone();
                    let name = self.intern(&inner.bc.name);
                    let qualname = self.str(&*inner.bc.qualname);
                    let doc = match &inner.bc.docstring {
                        Some(d) => self.str(&**d),
                        None => self.none.clone(),
                    };
                    let globals = self.frames[fi].globals.clone();
                    let module = self
                        .dict_get_str(&globals, &self.interned["__name__"])
                        .unwrap_or(self.none.clone());
                    let f = Value::new_object(
                        &self.t.function,
                        PyFunction {
                            code: inner,
                            globals,
                            builtins: self.frames[fi].builtins.clone(),
                            name: std::cell::RefCell::new(name),
                            qualname: std::cell::RefCell::new(qualname),
                            defaults: std::cell::RefCell::new(defaults),
                            kwdefaults: std::cell::RefCell::new(kwdefaults),
                            closure,
                            annotations: std::cell::RefCell::new(annotations),
                            doc: std::cell::RefCell::new(doc),
                            module: std::cell::RefCell::new(module),
                        },
                    );
                    self.push(f);
                }
                Opcode::LOAD_BUILD_CLASS => {
                    let f = self
                        .dict_get_str(&self.builtins, &self.interned["__build_class__"])
                        .expect("__build_class__");
                    self.push(f);
                }
                Opcode::LOAD_LOCALS => {
                    let l = self.frames[fi].locals.clone().unwrap_or(self.none.clone());
                    self.push(l);
                }
                Opcode::SETUP_ANNOTATIONS => {
                    let target = self.frames[fi]
                        .locals
                        .clone()
                        .unwrap_or_else(|| self.frames[fi].globals.clone());
                    let k = self.intern("__annotations__");
                    if self.dict_get(&target, &k)?.is_none() {
                        let d = self.dict();
                        self.dict_set(&target, k, d)?;
                    }
                }
                Opcode::RAISE_VARARGS => {
                    return Err(self.do_raise(arg)?);
                }
                Opcode::RERAISE => {
                    let e = self.pop();
                    self.reraise = true;
                    return Err(PyErr(e));
                }
                Opcode::PUSH_EXC_INFO => {
                    let e = self.pop();
                    let prev = self.handling.last().cloned().unwrap_or(self.none.clone());
                    self.push(prev);
                    self.handling.push(e.clone());
                    self.push(e);
                }
                Opcode::POP_EXCEPT => {
                    self.pop();
                    self.handling.pop();
                }
                Opcode::CHECK_EXC_MATCH => {
                    let ty = self.pop();
                    let e = self.top().clone();
                    let r = self.exception_matches(&e, &ty)?;
                    self.push(self.bool(r));
                }
                Opcode::CHECK_EG_MATCH => {
                    let ty = self.pop();
                    let exc = self.pop();
                    let r = self.exception_group_helper("check_match", &[exc, ty])?;
                    let pair = r.downcast::<PyTuple>().unwrap().0.to_vec();
                    self.stack.extend(pair);
                }
                Opcode::LOAD_ASSERTION_ERROR => {
                    let t = self.exc_type("AssertionError");
                    self.push(t);
                }
                Opcode::BEFORE_WITH => {
                    let mgr = self.pop();
                    let ty = self.type_of(&mgr);
                    let enter_n = self.intern("__enter__");
                    let exit_n = self.intern("__exit__");
                    let (Some(enter), Some(exit)) =
                        (type_lookup(&ty, &enter_n), type_lookup(&ty, &exit_n))
                    else {
                        let detail = if type_lookup(&ty, &enter_n).is_none() {
                            ""
                        } else {
                            " (missed __exit__ method)"
                        };
                        return Err(self.type_error(format!(
                            "'{}' object does not support the context manager protocol{detail}",
                            self.type_name(&mgr)
                        )));
                    };
                    let bound_exit = self.bind(exit, &mgr, &ty)?;
                    let r = self.call(&enter, std::slice::from_ref(&mgr), &[])?;
                    self.push(bound_exit);
                    self.push(r);
                }
                Opcode::WITH_EXCEPT_START => {
                    let n = self.stack.len();
                    let exc = self.stack[n - 1].clone();
                    let exit = self.stack[n - 3].clone();
                    let ty = self.type_of(&exc);
                    let tb = exc
                        .downcast::<PyException>()
                        .and_then(|e| e.traceback.borrow().clone())
                        .unwrap_or(self.none.clone());
                    let r = self.call(&exit, &[ty, exc, tb], &[])?;
                    self.push(r);
                }
                Opcode::IMPORT_NAME => {
                    let fromlist = self.pop();
                    let level = self.pop();
                    let name = code.names[arg as usize].clone();
                    let globals = self.frames[fi].globals.clone();
                    let m = crate::import::import_name(self, &name, &fromlist, &level, &globals)?;
                    self.push(m);
                }
                Opcode::IMPORT_FROM => {
                    let m = self.top().clone();
                    let name = code.names[arg as usize].clone();
                    let v = crate::import::import_from(self, &m, &name)?;
                    self.push(v);
                }
                Opcode::RETURN_GENERATOR => {}
                Opcode::YIELD_VALUE => {
                    let mut v = self.pop();
                    loop {
                        if fi == entry && !self.sinks.is_empty() {
                            // A native consumer driving this frame takes the item and the
                            // frame goes on as if resumed by `next` (see `generator::Sink`).
                            match crate::generator::Sink::take_yield(self, fi, v) {
                                Ok(()) => {
                                    self.push(self.none.clone());
                                    continue 'dispatch;
                                }
                                Err(back) => v = back,
                            }
                        }
                        if self.profile.is_some() {
                            self.profile_return(Some(&v));
                        }
                        self.frames[fi].resume = ip;
                        if fi == entry {
                            return Ok(Exit::Yield(v));
                        }
                        // A generator frame run by the caller's FOR_ITER or SEND (only those
                        // are pushed above the entry frame): suspend it and continue the loop
                        // with `v`.
                        crate::generator::suspend_top(self);
                        reload!();
                        // A caller at the YIELD_VALUE after its SEND (`yield from`, `await`)
                        // passes `v` on up: done here, without a push and a dispatch.
                        if let (Opcode::YIELD_VALUE, _) = next_op!() {
                            self.lasti = ip;
                            ip += 1;
                            continue;
                        }
                        self.push(v);
                        break;
                    }
                }
                Opcode::SEND => {
                    let v = self.pop();
                    let sub = self.top().clone();
                    if self.frames.len() < self.recursion_limit && {
                        self.frames[fi].resume = ip;
                        crate::generator::push_inline(self, &sub, v.clone())
                    } {
                        // As in FOR_ITER: the sub-generator's frame runs in this loop.
                        reload!();
                        continue;
                    }
                    match crate::generator::send_to(self, &sub, v)? {
                        Ok(y) => self.push(y),
                        Err(ret) => {
                            self.stack.pop();
                            self.push(ret);
                            ip = arg as usize;
                        }
                    }
                }
                Opcode::GET_YIELD_FROM_ITER => {
                    let v = self.pop();
                    let it = if crate::coroutine::is_plain_generator(self, &v) {
                        v
                    } else if v.kind() == Some(Kind::Generator)
                        && code.bc.flags.0 & CodeFlags::COROUTINE == 0
                    {
                        return Err(self.type_error(
                            "cannot 'yield from' a coroutine object in a non-coroutine generator",
                        ));
                    } else {
                        self.iter(&v)?
                    };
                    self.push(it);
                }
                Opcode::GET_AWAITABLE => {
                    let v = self.pop();
                    let it = crate::coroutine::get_awaitable(self, &v, arg)?;
                    self.push(it);
                }
                Opcode::GET_AITER => {
                    let v = self.pop();
                    let it = crate::coroutine::get_aiter(self, &v)?;
                    self.push(it);
                }
                Opcode::GET_ANEXT => {
                    let ait = self.top().clone();
                    let aw = crate::coroutine::get_anext(self, &ait)?;
                    self.push(aw);
                }
                Opcode::END_ASYNC_FOR => {
                    let exc = self.pop();
                    if self.exc_matches(&PyErr(exc.clone()), "StopAsyncIteration") {
                        self.pop();
                    } else {
                        self.reraise = true;
                        return Err(PyErr(exc));
                    }
                }
                Opcode::BEFORE_ASYNC_WITH => {
                    let mgr = self.pop();
                    let (exit, enter) = crate::coroutine::before_async_with(self, &mgr)?;
                    self.push(exit);
                    self.push(enter);
                }
                Opcode::MATCH_SEQUENCE => {
                    let v = self.top().clone();
                    let r = crate::matching::is_sequence(self, &v);
                    self.push(self.bool(r));
                }
                Opcode::MATCH_MAPPING => {
                    let v = self.top().clone();
                    let r = crate::matching::is_mapping(self, &v);
                    self.push(self.bool(r));
                }
                Opcode::GET_LEN => {
                    let v = self.top().clone();
                    let n = self.len(&v)?;
                    let v = self.int(n as i64);
                    self.push(v);
                }
                Opcode::MATCH_KEYS => {
                    let n = self.stack.len();
                    let (s, k) = (self.stack[n - 2].clone(), self.stack[n - 1].clone());
                    let r = crate::matching::match_keys(self, &s, &k)?;
                    self.push(r);
                }
                Opcode::COPY_DICT_WITHOUT_KEYS => {
                    let k = self.pop();
                    let s = self.pop();
                    let r = crate::matching::copy_without_keys(self, &s, &k)?;
                    self.push(r);
                }
                Opcode::MATCH_CLASS => {
                    let kw = self.pop();
                    let cls = self.pop();
                    let s = self.pop();
                    let r = crate::matching::match_class(self, &s, &cls, arg as usize, &kw)?;
                    self.push(r);
                }
                other => {
                    return Err(self.err(
                        "SystemError",
                        format!("opcode {} is not supported yet by ferrython", other.name()),
                    ));
                }
            }
        }
    }

    /// Interpreter shutdown: the `atexit` callbacks (if the module was imported), then no more
    /// weak reference callbacks, as in CPython.
    pub fn shutdown(&mut self) {
        let modules = self.modules.clone();
        let key = self.intern("atexit");
        if let Some(m) = self.dict_get_str(&modules, &key)
            && let Ok(f) = self.getattr_str(&m, "_run_exitfuncs")
            && let Err(e) = self.call(&f, &[], &[])
        {
            crate::traceback::print_exception(self, &e.0);
        }
        self.run_finalizers();
        self.finalizing = true;
    }

    /// Runs a cycle collection if one is due, then the queued finalizers and weak
    /// reference callbacks.
    pub fn run_finalizers(&mut self) {
        if crate::value::GC_WANTED.load(std::sync::atomic::Ordering::Relaxed) {
            crate::gc::collect(self);
        }
        self.run_pending_finalizers();
    }

    /// Runs `__del__` of queued dead objects; errors are reported as unraisable.
    pub fn run_pending_finalizers(&mut self) {
        crate::value::FINALIZERS_PENDING.store(false, std::sync::atomic::Ordering::Relaxed);
        crate::weakref::run_callbacks(self);
        // In the order the objects died, and depth first: what a finalizer lets die is
        // finalized before the next object of the batch, as decrefs cascade in CPython.
        let batch = crate::value::PENDING_FINALIZERS.with(|q| std::mem::take(&mut *q.borrow_mut()));
        for obj in batch {
            if crate::value::PENDING_FINALIZERS.with(|q| !q.borrow().is_empty()) {
                self.run_pending_finalizers();
            }
            if obj.kind() == Some(Kind::Generator) {
                let saved_reraise = std::mem::take(&mut self.reraise);
                crate::generator::finalize(self, &obj);
                self.reraise = saved_reraise;
                continue;
            }
            let ty = self.type_of(&obj);
            let name = self.intern("__del__");
            if let Some(f) = type_lookup(&ty, &name) {
                let saved_reraise = std::mem::take(&mut self.reraise);
                if let Err(e) = self.call(&f, std::slice::from_ref(&obj), &[]) {
                    crate::traceback::write_unraisable(self, &e.0, &f);
                }
                self.reraise = saved_reraise;
            }
            drop(obj);
            crate::weakref::run_callbacks(self);
        }
        if crate::value::PENDING_FINALIZERS.with(|q| !q.borrow().is_empty()) {
            self.run_pending_finalizers();
        }
    }

    /// A name looked up in frame `fi`'s globals, then its builtins; NameError if absent.
    /// A name looked up in the builtins only (its globals already searched).
    fn builtin_or_error(&mut self, fi: usize, name: &Value) -> PyResult<Value> {
        let b = self.frames[fi].builtins.clone();
        if let Some(v) = self.dict_get_str(&b, name) {
            return Ok(v);
        }
        let n = str_of(name).unwrap_or("?").to_string();
        match self.lazy_builtin(&n)? {
            Some(v) => Ok(v),
            None => Err(self.name_error(&n)),
        }
    }

    fn global_or_builtin(&mut self, fi: usize, name: &Value) -> PyResult<Value> {
        let f = &self.frames[fi];
        if let Some(v) = self
            .dict_get_str(&f.globals, name)
            .or_else(|| self.dict_get_str(&f.builtins, name))
        {
            return Ok(v);
        }
        let n = str_of(name).unwrap_or("?").to_string();
        match self.lazy_builtin(&n)? {
            Some(v) => Ok(v),
            None => Err(self.name_error(&n)),
        }
    }

    /// Builtins written in Python (`lib/_exceptiongroup.py`, `lib/_asyncbuiltins.py`), loaded
    /// on first use and then installed in `builtins`.
    pub fn lazy_builtin(&mut self, name: &str) -> PyResult<Option<Value>> {
        const LAZY: &[(&str, &[&str])] = &[
            ("_exceptiongroup", &["BaseExceptionGroup", "ExceptionGroup"]),
            ("_asyncbuiltins", &["aiter", "anext"]),
            (
                "_sitebuiltins",
                &[
                    "exit",
                    "quit",
                    "copyright",
                    "credits",
                    "license",
                    "help",
                    "breakpoint",
                ],
            ),
            ("_memoryview", &["memoryview"]),
        ];
        let Some((module, names)) = LAZY.iter().find(|(_, names)| names.contains(&name)) else {
            return Ok(None);
        };
        let m = crate::import::import_absolute(self, module)?;
        let b = self.builtins.clone();
        for n in names.iter() {
            let v = self.getattr_str(&m, n)?;
            self.dict_set_str(&b, n, v);
        }
        let v = self.getattr_str(&m, name)?;
        Ok(Some(v))
    }

    /// For a call of a class whose instances are plain objects made by `object.__new__` and
    /// initialised by a Python `__init__` (and no metaclass): the new instance and the
    /// `__init__` function, so the call can run in the interpreter loop.
    fn plain_instantiation(&mut self, cls: &Value) -> PyResult<Option<(Value, Value)>> {
        let Some(t) = cls.downcast::<PyType>() else {
            return Ok(None);
        };
        if !t.heap || t.layout != Kind::Instance || !self.type_of(cls).is(&self.t.type_) {
            return Ok(None);
        }
        let new_n = self.names.new.clone();
        if type_lookup(cls, &new_n).is_some_and(|f| f.kind() != Some(Kind::Builtin)) {
            return Ok(None);
        }
        let init_n = self.names.init.clone();
        let Some(init) = type_lookup(cls, &init_n) else {
            return Ok(None);
        };
        let Some(pf) = init.downcast::<PyFunction>() else {
            return Ok(None);
        };
        if makes_generator(&pf.code) {
            return Ok(None);
        }
        crate::builtins::check_not_abstract(self, cls)?;
        Ok(Some((Value::new_object(cls, PyInstance::of(cls)), init)))
    }

    /// The PEP 695 intrinsics, implemented by helpers in `lib/typing.py`.
    fn pep695_intrinsic(&mut self, which: Intrinsic1, v: Value, fi: usize) -> PyResult<Value> {
        let typing = crate::import::import_absolute(self, "typing")?;
        let globals = self.frames[fi].globals.clone();
        let module = self
            .dict_get_name(&globals, "__name__")
            .unwrap_or_else(|| self.str("__main__"));
        let parts = |v: &Value| {
            v.downcast::<PyTuple>()
                .map(|t| t.0.to_vec())
                .unwrap_or_default()
        };
        let (helper, args) = match which {
            Intrinsic1::TypeVar => {
                let mut a = parts(&v);
                a.push(module);
                ("_pep695_typevar", a)
            }
            Intrinsic1::TypeVarTuple => ("_pep695_typevartuple", vec![v, module]),
            Intrinsic1::ParamSpec => ("_pep695_paramspec", vec![v, module]),
            Intrinsic1::SubscriptGeneric => ("_pep695_generic_base", vec![v]),
            _ => {
                let mut a = parts(&v);
                a.push(module);
                ("_pep695_type_alias", a)
            }
        };
        let f = self.getattr_str(&typing, helper)?;
        self.call(&f, &args, &[])
    }

    /// Calls a helper function of the `_exceptiongroup` module.
    fn exception_group_helper(&mut self, name: &str, args: &[Value]) -> PyResult<Value> {
        self.lazy_builtin("ExceptionGroup")?;
        let m = crate::import::import_absolute(self, "_exceptiongroup")?;
        let f = self.getattr_str(&m, name)?;
        self.call(&f, args, &[])
    }

    /// Records where a global lives for the LOAD_GLOBAL inline cache at word `c`.
    fn fill_global_cache(&self, code: &CodeInner, c: usize, name_idx: usize, fi: usize) {
        let name = &code.names[name_idx];
        let f = &self.frames[fi];
        let (Some(g), Some(b)) = (
            f.globals.downcast::<PyDict>(),
            f.builtins.downcast::<PyDict>(),
        ) else {
            return;
        };
        let g = g.0.borrow();
        if let Some(i) = g.position_of_key(name) {
            code.words[c].set(i as u32 + 1);
            return;
        }
        code.words[c].set(0);
        if let Some(i) = b.0.borrow().position_of_key(name) {
            code.words[c + 1].set(i as u32 + 1);
            code.words[c + 2].set(g.version as u32);
        }
    }

    /// The "f() " prefix for call errors raised while merging keyword arguments.
    /// How CPython names a callable in call-protocol errors: `module.qualname()` (the module
    /// left out for builtins), or `type object` for objects without a qualified name.
    fn function_str(&mut self, f: &Value) -> String {
        let qual = self
            .getattr_str(f, "__qualname__")
            .ok()
            .and_then(|q| str_of(&q).map(str::to_string));
        let Some(qual) = qual else {
            return format!("{} object", self.type_name(f));
        };
        match self
            .getattr_str(f, "__module__")
            .ok()
            .and_then(|m| str_of(&m).map(str::to_string))
        {
            Some(m) if m != "builtins" => format!("{m}.{qual}()"),
            _ => format!("{qual}()"),
        }
    }

    #[cold]
    fn unbound_deref(&self, code: &CodeInner, slot: usize) -> PyErr {
        let name = code.bc.local_name(slot);
        if slot < code.bc.varnames.len() + code.bc.cellvars.len() {
            self.err(
                "UnboundLocalError",
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            )
        } else {
            self.err(
                "NameError",
                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            )
        }
    }

    /// A plain `dict` (not a subclass, whose item methods may be overridden).
    fn is_exact_dict(&self, m: &Value) -> bool {
        m.kind() == Some(Kind::Dict) && m.header_type().is_some_and(|t| t.is(&self.t.dict))
    }

    fn mapping_get_name(&mut self, m: &Value, name: &Value) -> PyResult<Option<Value>> {
        if self.is_exact_dict(m) {
            return Ok(self.dict_get_str(m, name));
        }
        match self.getitem(m, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.exc_matches(&e, "KeyError") => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `c[k]` for an exact list or tuple and an in-range small int index; None otherwise
    /// (the generic path then handles everything, errors included).
    #[inline(always)]
    fn subscr_fast(&self, c: &Value, k: &Value) -> Option<Value> {
        let i = k.as_small_int()?;
        let at = |n: usize| {
            let i = if i < 0 { i + n as i64 } else { i };
            (0..n as i64).contains(&i).then_some(i as usize)
        };
        if let Some(l) = c.downcast::<PyList>() {
            if !self.is_exact(c, &self.t.list) {
                return None;
            }
            let l = l.0.borrow();
            return at(l.len()).map(|i| l[i].clone());
        }
        let t = c.downcast::<PyTuple>()?;
        if !self.is_exact(c, &self.t.tuple) {
            return None;
        }
        at(t.0.len()).map(|i| t.0[i].clone())
    }

    /// `c[k] = v` for an exact list and an in-range small int index, in place; else gives `v`
    /// back for the generic store.
    #[inline(always)]
    fn store_subscr_fast(&self, c: &Value, k: &Value, v: Value) -> Option<Value> {
        if let (Some(l), Some(i)) = (c.downcast::<PyList>(), k.as_small_int())
            && self.is_exact(c, &self.t.list)
        {
            let mut l = l.0.borrow_mut();
            let n = l.len() as i64;
            let i = if i < 0 { i + n } else { i };
            if (0..n).contains(&i) {
                let old = std::mem::replace(&mut l[i as usize], v);
                // The old value is dropped after the borrow ends (its `__del__` may look).
                drop(l);
                drop(old);
                return None;
            }
        }
        Some(v)
    }

    /// Whether `v` is an instance of exactly the builtin type `ty` (not a subclass).
    fn is_exact(&self, v: &Value, ty: &Value) -> bool {
        v.is_ptr() && v.header_type().is_some_and(|t| t.is(ty))
    }

    fn collect_for_unpack(&mut self, seq: &Value) -> PyResult<Vec<Value>> {
        if let Some(t) = seq.downcast::<PyTuple>()
            && self.is_exact(seq, &self.t.tuple)
        {
            return Ok(t.0.to_vec());
        }
        if let Some(l) = seq.downcast::<PyList>()
            && self.is_exact(seq, &self.t.list)
        {
            return Ok(l.0.borrow().clone());
        }
        match self.iter(seq) {
            Ok(it) => {
                let mut out = Vec::new();
                while let Some(v) = self.next(&it)? {
                    out.push(v);
                }
                Ok(out)
            }
            Err(e) if self.exc_matches(&e, "TypeError") => Err(self.type_error(format!(
                "cannot unpack non-iterable {} object",
                self.type_name(seq)
            ))),
            Err(e) => Err(e),
        }
    }

    /// Builds the exception for `raise`.
    fn do_raise(&mut self, arg: u32) -> PyResult<PyErr> {
        if arg == 0 {
            return match self.handling.last() {
                Some(e) => {
                    // A bare `raise` adds no traceback entry: the exception already passed
                    // through this frame on its way to the handler.
                    self.reraise = true;
                    Ok(PyErr(e.clone()))
                }
                None => Ok(self.err("RuntimeError", "No active exception to reraise")),
            };
        }
        let cause = if arg == 2 { Some(self.pop()) } else { None };
        let v = self.pop();
        let exc = self.make_exception(v)?;
        if let Some(c) = cause {
            let c = if c.is(&self.none) {
                None
            } else {
                Some(self.make_exception(c).map_err(|_| {
                    self.type_error("exception causes must derive from BaseException")
                })?)
            };
            let e = exc.downcast::<PyException>().unwrap();
            *e.cause.borrow_mut() = c;
            e.suppress_context.set(true);
        }
        Ok(PyErr(exc))
    }

    /// The exception `gen.throw(v)` raises in the generator (`throw` words its TypeError
    /// differently from `raise`).
    pub fn make_thrown_exception(&mut self, v: Value) -> PyResult<Value> {
        let ok = v.kind() == Some(Kind::Exception)
            || (v.kind() == Some(Kind::Type) && is_subtype(&v, &self.t.base_exception));
        if !ok {
            return Err(self.type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                self.type_name(&v)
            )));
        }
        self.make_exception(v)
    }

    /// Turns the operand of `raise` into an exception instance.
    pub fn make_exception(&mut self, v: Value) -> PyResult<Value> {
        if v.kind() == Some(Kind::Exception) {
            return Ok(v);
        }
        if v.kind() == Some(Kind::Type) && is_subtype(&v, &self.t.base_exception) {
            let inst = self.call(&v, &[], &[])?;
            if inst.kind() != Some(Kind::Exception) {
                let r = self.repr_string(&v)?;
                return Err(self.type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    r,
                    self.type_name(&inst)
                )));
            }
            return Ok(inst);
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    pub fn exception_matches(&mut self, e: &Value, ty: &Value) -> PyResult<bool> {
        let et = self.type_of(e);
        if let Some(t) = ty.downcast::<PyTuple>() {
            for x in t.0.iter() {
                if self.exception_matches(e, x)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if ty.kind() != Some(Kind::Type) || !is_subtype(ty, &self.t.base_exception) {
            return Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        Ok(is_subtype(&et, ty))
    }
}

/// BINARY_OP `arg` on small ints: None when the result needs the generic operator (overflow,
/// a zero divisor, an operator without a fast path).
#[inline(always)]
fn small_int_binop(arg: u32, x: i64, y: i64) -> Option<i64> {
    match arg {
        0 | 16 => x.checked_add(y),
        1 | 17 => x.checked_sub(y),
        2 | 18 => x.checked_mul(y),
        // Floor division and modulo round toward minus infinity.
        5 | 21 if y != 0 => {
            let q = x / y;
            Some(if x % y != 0 && (x < 0) != (y < 0) {
                q - 1
            } else {
                q
            })
        }
        6 | 22 if y != 0 => {
            let m = x % y;
            Some(if m != 0 && (m < 0) != (y < 0) {
                m + y
            } else {
                m
            })
        }
        8 | 24 if (0..63).contains(&y) => x.checked_shl(y as u32).filter(|v| v >> y == x),
        9 | 25 if y >= 0 => Some(x >> y.min(63)),
        10 | 26 => Some(x & y),
        11 | 27 => Some(x | y),
        12 | 28 => Some(x ^ y),
        _ => None,
    }
}

/// BINARY_OP `arg` on floats: None for operators without a fast path and division by zero.
#[inline(always)]
fn float_binop(arg: u32, x: f64, y: f64) -> Option<f64> {
    match arg & 15 {
        0 => Some(x + y),
        1 => Some(x - y),
        2 => Some(x * y),
        4 if y != 0.0 => Some(x / y),
        _ => None,
    }
}

/// The truth value of a bool, None or small int, which needs no call.
#[inline(always)]
fn quick_truth(vm: &Vm, v: &Value) -> Option<bool> {
    if let Some(i) = v.as_small_int() {
        Some(i != 0)
    } else if v.is(&vm.true_) {
        Some(true)
    } else if v.is(&vm.false_) || v.is(&vm.none) {
        Some(false)
    } else {
        None
    }
}

/// The value of an exact float or small int operand for the float fast path.
#[inline(always)]
fn float_operand(vm: &Vm, v: &Value) -> Option<f64> {
    if let Some(i) = v.as_small_int() {
        return if i.unsigned_abs() < (1 << 53) {
            Some(i as f64)
        } else {
            None
        };
    }
    match v.downcast::<PyFloat>() {
        Some(f) if v.header_type().is_some_and(|t| t.is(&vm.t.float)) => Some(f.0),
        _ => None,
    }
}

/// Whether `nargs` positional arguments are exactly the parameters of `code` (no defaults,
/// keyword-only parameters, `*args` or `**kwargs` to fill).
#[inline]
fn exact_positional(code: &CodeInner, nargs: usize) -> bool {
    code.bc.argcount as usize == nargs
        && code.bc.kwonlyargcount == 0
        && code.bc.flags.0 & (CodeFlags::VARARGS | CodeFlags::VARKEYWORDS) == 0
}

/// Whether `code` is that of a generator, coroutine or async generator function.
#[inline]
fn makes_generator(code: &CodeInner) -> bool {
    code.bc.flags.0 & (CodeFlags::GENERATOR | CodeFlags::COROUTINE | CodeFlags::ASYNC_GENERATOR)
        != 0
}

/// Whether a call with `nargs` positional arguments needs no argument processing.
#[inline]
fn simple_call(code: &CodeInner, nargs: usize) -> bool {
    exact_positional(code, nargs) && !makes_generator(code)
}

/// Fills cell and free-variable slots of a new frame whose locals start at `base`.
fn init_cells(vm: &mut Vm, code: &CodeInner, base: usize, closure: Option<&Value>) {
    let nv = code.bc.varnames.len();
    for i in 0..code.bc.cellvars.len() {
        let arg = code.bc.cell_args.get(i).copied().flatten();
        let init = arg
            .map(|a| vm.stack[base + a as usize].clone())
            .filter(|v| !v.is_null());
        vm.stack[base + nv + i] =
            Value::new_object(&vm.t.cell, PyCell(std::cell::RefCell::new(init)));
    }
    if let Some(c) = closure {
        let nc = code.bc.cellvars.len();
        for (j, cell) in c.downcast::<PyTuple>().unwrap().0.iter().enumerate() {
            vm.stack[base + nv + nc + j] = cell.clone();
        }
    }
}

/// Calls a Python function from native code (or with keyword arguments).
pub fn call_function(vm: &mut Vm, f: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let pf = f.downcast::<PyFunction>().unwrap();
    let code = pf.code.clone();
    let locals = bind_args(vm, pf, args, kwnames)?;
    if makes_generator(&code) {
        return Ok(crate::generator::new_generator(vm, f, locals));
    }
    let base = vm.stack.len();
    vm.stack.extend(locals);
    init_cells(vm, &code, base, pf.closure.as_ref());
    vm.push_frame(Frame {
        code,
        globals: pf.globals.clone(),
        builtins: pf.builtins.clone(),
        locals: None,
        func: Some(f.clone()),
        base,
        call_base: base,
        lasti: 0,
        resume: 0,
        generator: None,
        init_self: None,
    })?;
    match vm.run(None)? {
        Exit::Return(v) => Ok(v),
        Exit::Yield(_) => unreachable!(),
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

fn name_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

/// Binds call arguments to the fast-local slots of `pf`'s code (all `nlocalsplus` slots).
pub fn bind_args(
    vm: &mut Vm,
    pf: &PyFunction,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Vec<Value>> {
    let code = &pf.code.bc;
    // The function's name, for the error messages only.
    let fname = || str_of(&pf.qualname.borrow()).unwrap_or("?").to_string();
    let npos_params = code.argcount as usize;
    let nkwonly = code.kwonlyargcount as usize;
    let has_varargs = code.flags.has(CodeFlags::VARARGS);
    let has_varkw = code.flags.has(CodeFlags::VARKEYWORDS);
    let nkw = kwnames.len();
    let npos = args.len() - nkw;
    let mut locals = vec![Value::NULL; pf.code.nlocalsplus];
    let take = npos.min(npos_params);
    locals[..take].clone_from_slice(&args[..take]);
    let mut idx = npos_params + nkwonly;
    if has_varargs {
        let extra = if npos > npos_params {
            args[npos_params..npos].to_vec()
        } else {
            Vec::new()
        };
        locals[idx] = vm.tuple(extra);
        idx += 1;
    } else if npos > npos_params {
        let defaults = pf
            .defaults
            .borrow()
            .as_ref()
            .map(|d| d.downcast::<PyTuple>().unwrap().0.len())
            .unwrap_or(0);
        let kw_given = kwnames
            .iter()
            .filter(|k| {
                let k = str_of(k).unwrap_or("");
                code.varnames[npos_params..npos_params + nkwonly]
                    .iter()
                    .any(|v| &**v == k)
            })
            .count();
        let takes = if defaults > 0 {
            format!("from {} to {}", npos_params - defaults, npos_params)
        } else {
            format!("{npos_params}")
        };
        let given = if kw_given > 0 {
            format!(
                "{} positional argument{} (and {} keyword-only argument{}) were given",
                npos,
                if npos == 1 { "" } else { "s" },
                kw_given,
                if kw_given == 1 { "" } else { "s" }
            )
        } else if npos == 1 {
            format!("{npos} was given")
        } else {
            format!("{npos} were given")
        };
        let word = if npos_params == 1 && defaults == 0 {
            "argument"
        } else {
            "arguments"
        };
        return Err(vm.type_error(format!(
            "{}() takes {takes} positional {word} but {given}",
            fname()
        )));
    }
    let kwdict = if has_varkw {
        let d = vm.dict();
        locals[idx] = d.clone();
        Some(d)
    } else {
        None
    };
    let mut posonly_as_kw = Vec::new();
    for (i, kn) in kwnames.iter().enumerate() {
        let v = args[npos + i].clone();
        let k = str_of(kn).unwrap_or("");
        let pos = code.varnames[..npos_params + nkwonly]
            .iter()
            .position(|n| &**n == k);
        match pos {
            Some(p) if p >= code.posonlyargcount as usize => {
                if !locals[p].is_null() {
                    return Err(vm.type_error(format!(
                        "{}() got multiple values for argument '{k}'",
                        fname()
                    )));
                }
                locals[p] = v;
            }
            _ => {
                if pos.is_some() && kwdict.is_none() {
                    posonly_as_kw.push(k.to_string());
                    continue;
                }
                match &kwdict {
                    Some(d) => vm.dict_set(d, kn.clone(), v)?,
                    None => {
                        return Err(vm.type_error(format!(
                            "{}() got an unexpected keyword argument '{k}'",
                            fname()
                        )));
                    }
                }
            }
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(vm.type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            fname(),
            posonly_as_kw.join(", ")
        )));
    }
    // Defaults for missing positional parameters.
    let defaults_tuple = pf.defaults.borrow().clone();
    let defaults: &[Value] = defaults_tuple
        .as_ref()
        .and_then(|d| d.downcast::<PyTuple>())
        .map_or(&[], |t| &t.0);
    let first_default = npos_params - defaults.len();
    let mut missing = Vec::new();
    for i in 0..npos_params {
        if locals[i].is_null() {
            if i >= first_default {
                locals[i] = defaults[i - first_default].clone();
            } else {
                missing.push(code.varnames[i].to_string());
            }
        }
    }
    if !missing.is_empty() {
        return Err(vm.type_error(format!(
            "{}() missing {}: {}",
            fname(),
            plural(missing.len(), "required positional argument"),
            name_list(&missing)
        )));
    }
    let kwdefaults = pf.kwdefaults.borrow().clone();
    let mut missing_kw = Vec::new();
    for (i, slot) in locals
        .iter_mut()
        .enumerate()
        .skip(npos_params)
        .take(nkwonly)
    {
        if slot.is_null() {
            let name = vm.intern(&code.varnames[i]);
            let d = match &kwdefaults {
                Some(kd) => vm.dict_get(kd, &name)?,
                None => None,
            };
            match d {
                Some(v) => *slot = v,
                None => missing_kw.push(code.varnames[i].to_string()),
            }
        }
    }
    if !missing_kw.is_empty() {
        return Err(vm.type_error(format!(
            "{}() missing {}: {}",
            fname(),
            plural(missing_kw.len(), "required keyword-only argument"),
            name_list(&missing_kw)
        )));
    }
    Ok(locals)
}
