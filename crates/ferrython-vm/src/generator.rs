//! Generators: a suspended frame kept as plain data (its slots and operand stack copied off
//! the value stack, and its instruction position). Resuming copies the slots back onto the
//! stack, pushes a frame and runs it until it yields or returns; no native stack is kept
//! while suspended.

use std::rc::Rc;

use crate::code::CodeInner;
use crate::interp::{Exit, Frame};
use crate::objects::*;
use crate::value::{Kind, Value};
use crate::vm::{PyErr, PyResult, Vm};

pub struct GenState {
    pub code: Rc<CodeInner>,
    pub func: Value,
    pub globals: Value,
    pub builtins: Value,
    /// Fast-local slots followed by the operand stack.
    pub saved: Vec<Value>,
    pub lasti: usize,
    pub running: bool,
    pub finished: bool,
    pub started: bool,
}

pub fn new_generator(vm: &mut Vm, f: &Value, locals: Vec<Value>) -> Value {
    let pf = f.downcast::<PyFunction>().unwrap();
    let code = pf.code.clone();
    let mut saved = locals;
    // Set up cells and free variables as the frame would.
    let nv = code.bc.varnames.len();
    for i in 0..code.bc.cellvars.len() {
        let arg = code.bc.cell_args.get(i).copied().flatten();
        let init = arg
            .map(|a| saved[a as usize].clone())
            .filter(|v| !v.is_null());
        saved[nv + i] = Value::new_object(&vm.t.cell, PyCell(std::cell::RefCell::new(init)));
    }
    if let Some(c) = &pf.closure {
        let nc = code.bc.cellvars.len();
        for (j, cell) in c.downcast::<PyTuple>().unwrap().0.iter().enumerate() {
            saved[nv + nc + j] = cell.clone();
        }
    }
    // Skip RETURN_GENERATOR; the first resume pushes None for the POP_TOP that follows.
    let state = GenState {
        code,
        func: f.clone(),
        globals: pf.globals.clone(),
        builtins: pf.builtins.clone(),
        saved,
        lasti: 1,
        running: false,
        finished: false,
        started: false,
    };
    Value::new_object(
        &vm.t.generator,
        PyGenerator {
            state: std::cell::RefCell::new(state),
        },
    )
}

pub fn mark_finished(g: &Value) {
    if let Some(genr) = g.downcast::<PyGenerator>() {
        let mut st = genr.state.borrow_mut();
        st.finished = true;
        st.running = false;
        st.saved.clear();
    }
}

/// Resumes `g` with `sent` (or by raising `exc` in it). Returns `Ok(Ok(yielded))` or
/// `Ok(Err(returned))`.
pub fn resume(
    vm: &mut Vm,
    g: &Value,
    sent: Value,
    exc: Option<PyErr>,
) -> PyResult<Result<Value, Value>> {
    let genr = g.downcast::<PyGenerator>().unwrap();
    let (code, globals, builtins, func, saved, lasti) = {
        let mut st = genr.state.borrow_mut();
        if st.running {
            drop(st);
            return Err(vm.value_error("generator already executing"));
        }
        if st.finished {
            drop(st);
            if let Some(e) = exc {
                return Err(e);
            }
            return Ok(Err(vm.none.clone()));
        }
        if !st.started && !sent.is(&vm.none) && exc.is_none() {
            drop(st);
            return Err(vm.type_error("can't send non-None value to a just-started generator"));
        }
        st.running = true;
        st.started = true;
        (
            st.code.clone(),
            st.globals.clone(),
            st.builtins.clone(),
            st.func.clone(),
            std::mem::take(&mut st.saved),
            st.lasti,
        )
    };
    let base = vm.stack.len();
    vm.stack.extend(saved);
    if exc.is_none() {
        vm.stack.push(sent);
    }
    let nlocals = code.nlocalsplus;
    vm.push_frame(Frame {
        code,
        globals,
        builtins,
        locals: None,
        func: Some(func),
        base,
        call_base: base,
        lasti,
        resume: lasti,
        generator: Some(g.clone()),
    })?;
    let _ = nlocals;
    let r = vm.run(exc);
    match r {
        Ok(Exit::Yield(v)) => {
            let f = vm.frames.pop().unwrap();
            let saved: Vec<Value> = vm.stack.drain(f.base..).collect();
            let mut st = genr.state.borrow_mut();
            st.saved = saved;
            st.lasti = f.resume;
            st.running = false;
            Ok(Ok(v))
        }
        Ok(Exit::Return(v)) => {
            mark_finished(g);
            Ok(Err(v))
        }
        Err(e) => {
            mark_finished(g);
            if vm.exc_matches(&e, "StopIteration") {
                let msg = "generator raised StopIteration";
                let new = vm.err("RuntimeError", msg);
                if let Some(x) = new.0.downcast::<PyException>() {
                    *x.cause.borrow_mut() = Some(e.0.clone());
                    *x.context.borrow_mut() = Some(e.0);
                    x.suppress_context.set(true);
                }
                return Err(new);
            }
            Err(e)
        }
    }
}

pub fn gen_next(vm: &mut Vm, g: &Value) -> PyResult<Option<Value>> {
    let none = vm.none.clone();
    match resume(vm, g, none, None)? {
        Ok(v) => Ok(Some(v)),
        Err(_) => Ok(None),
    }
}

/// One step of `yield from`: `Ok(Ok(yielded))`, or `Ok(Err(return value))` when done.
pub fn send_to(vm: &mut Vm, sub: &Value, v: Value) -> PyResult<Result<Value, Value>> {
    if sub.kind() == Some(Kind::Generator) {
        return resume(vm, sub, v, None);
    }
    let r = if v.is(&vm.none) {
        vm.next(sub).map(|o| o.ok_or(()))
    } else {
        match vm.call_method(sub, "send", &[v]) {
            Ok(x) => Ok(Ok(x)),
            Err(e) if vm.exc_matches(&e, "StopIteration") => {
                let val = stop_value(vm, &e);
                return Ok(Err(val));
            }
            Err(e) => Err(e),
        }
    };
    match r {
        Ok(Ok(x)) => Ok(Ok(x)),
        Ok(Err(())) => Ok(Err(vm.none.clone())),
        Err(e) => Err(e),
    }
}

/// The `value` of a StopIteration.
pub fn stop_value(vm: &Vm, e: &PyErr) -> Value {
    e.0.downcast::<PyException>()
        .and_then(|x| {
            x.args
                .borrow()
                .downcast::<PyTuple>()
                .and_then(|t| t.0.first().cloned())
        })
        .unwrap_or(vm.none.clone())
}

fn gen_arg(args: &[Value]) -> &Value {
    &args[0]
}

pub fn gen_send(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = gen_arg(args).clone();
    let v = args.get(1).cloned().unwrap_or(vm.none.clone());
    match resume(vm, &g, v, None)? {
        Ok(y) => Ok(y),
        Err(r) => Err(vm.stop_iteration(if r.is(&vm.none) { None } else { Some(r) })),
    }
}

pub fn gen_throw(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = gen_arg(args).clone();
    let Some(t) = args.get(1).cloned() else {
        return Err(vm.type_error("throw expected at least 1 argument, got 0"));
    };
    let exc = if t.kind() == Some(Kind::Type) && args.len() > 2 && !args[2].is(&vm.none) {
        let a = args[2].clone();

        vm.call(&t, &[a], &[])?
    } else {
        vm.make_exception(t)?
    };
    let none = vm.none.clone();
    let genr = g.downcast::<PyGenerator>().unwrap();
    if !genr.state.borrow().started {
        mark_finished(&g);
        return Err(PyErr(exc));
    }
    match resume(vm, &g, none, Some(PyErr(exc)))? {
        Ok(y) => Ok(y),
        Err(r) => Err(vm.stop_iteration(if r.is(&vm.none) { None } else { Some(r) })),
    }
}

pub fn gen_close(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = gen_arg(args).clone();
    let genr = g.downcast::<PyGenerator>().unwrap();
    let (finished, started) = {
        let st = genr.state.borrow();
        (st.finished, st.started)
    };
    if finished || !started {
        mark_finished(&g);
        return Ok(vm.none.clone());
    }
    let exit = vm.exc_type("GeneratorExit");
    let e = vm.new_exception(&exit, vec![]);
    let none = vm.none.clone();
    match resume(vm, &g, none, Some(PyErr(e))) {
        Ok(Ok(_)) => Err(vm.err("RuntimeError", "generator ignored GeneratorExit")),
        Ok(Err(_)) => Ok(vm.none.clone()),
        Err(e) if vm.exc_matches(&e, "GeneratorExit") || vm.exc_matches(&e, "StopIteration") => {
            Ok(vm.none.clone())
        }
        Err(e) => Err(e),
    }
}
