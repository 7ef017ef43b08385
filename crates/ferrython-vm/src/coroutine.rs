//! Coroutines and asynchronous generators.
//!
//! Both are generator objects (`PyGenerator` payload, suspended frames) whose class says
//! which flavour they are; `generator::resume` runs all three. This module owns what differs:
//! the awaitable protocol used by `await`, `async for` and `async with`, the
//! `coroutine_wrapper` returned by `coroutine.__await__()`, and the awaitables an async
//! generator hands out for `asend`/`athrow`/`aclose` (`PyAsyncGenOp`).
//!
//! An async generator's frame yields two kinds of values: values it `await`s on (which go
//! out to whoever drives the coroutine chain, e.g. an event loop) and values of its own
//! `yield` expressions, which the compiler wraps (`async_generator_wrapped_value`) so that
//! the pending `asend` can tell them apart and finish with `StopIteration(value)`.

use std::cell::{Cell, RefCell};

use ferrython_bytecode::CodeFlags;

use crate::generator::{resume, stop_value};
use crate::objects::*;
use crate::ops::type_lookup;
use crate::value::{Kind, Value};
use crate::vm::{PyErr, PyResult, Vm};

/// Which kind of generator object a `PyGenerator` value is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Flavor {
    Generator,
    Coroutine,
    AsyncGenerator,
}

impl Flavor {
    pub fn noun(self) -> &'static str {
        match self {
            Flavor::Generator => "generator",
            Flavor::Coroutine => "coroutine",
            Flavor::AsyncGenerator => "async generator",
        }
    }
}

pub fn flavor(vm: &Vm, g: &Value) -> Flavor {
    match g.header_type() {
        Some(t) if t.is(&vm.t.coroutine) => Flavor::Coroutine,
        Some(t) if t.is(&vm.t.async_generator) => Flavor::AsyncGenerator,
        _ => Flavor::Generator,
    }
}

/// The class of the object a call to a function with these code flags creates.
pub fn class_for_flags(vm: &Vm, flags: u32) -> Value {
    if flags & CodeFlags::COROUTINE != 0 {
        vm.t.coroutine.clone()
    } else if flags & CodeFlags::ASYNC_GENERATOR != 0 {
        vm.t.async_generator.clone()
    } else {
        vm.t.generator.clone()
    }
}

/// Whether `v` is a plain generator (iterable, unlike coroutines and async generators).
pub fn is_plain_generator(vm: &Vm, v: &Value) -> bool {
    v.kind() == Some(Kind::Generator) && v.header_type().is_some_and(|t| t.is(&vm.t.generator))
}

fn is_coroutine(vm: &Vm, v: &Value) -> bool {
    v.kind() == Some(Kind::Generator) && v.header_type().is_some_and(|t| t.is(&vm.t.coroutine))
}

/// Generators decorated with `types.coroutine` may be awaited directly.
fn is_iterable_coroutine(vm: &Vm, v: &Value) -> bool {
    is_plain_generator(vm, v)
        && v.downcast::<PyGenerator>()
            .is_some_and(|g| g.state.borrow().code.bc.flags.0 & CodeFlags::ITERABLE_COROUTINE != 0)
}

fn wrapper_payload(v: &Value, kind: WrapperKind) -> Option<Value> {
    v.downcast::<PyWrapper>()
        .filter(|w| w.kind == kind)
        .map(|w| w.func.clone())
}

/// `GET_AWAITABLE`: the iterator an `await` delegates to. `site` says which construct asked
/// (0 `await`, 1 `__aenter__`, 2 `__aexit__`) for the error message.
pub fn get_awaitable(vm: &mut Vm, v: &Value, site: u32) -> PyResult<Value> {
    if is_coroutine(vm, v) || is_iterable_coroutine(vm, v) {
        return Ok(v.clone());
    }
    if let Some(c) = wrapper_payload(v, WrapperKind::CoroutineWrapper) {
        return Ok(c);
    }
    let ty = vm.type_of(v);
    let n = vm.names.await_.clone();
    let Some(f) = type_lookup(&ty, &n) else {
        let tn = vm.type_name(v);
        return Err(vm.type_error(match site {
            1 => format!(
                "'async with' received an object from __aenter__ that does not implement __await__: {tn}"
            ),
            2 => format!(
                "'async with' received an object from __aexit__ that does not implement __await__: {tn}"
            ),
            _ => format!("object {tn} can't be used in 'await' expression"),
        }));
    };
    let it = vm.call(&f, std::slice::from_ref(v), &[])?;
    if is_coroutine(vm, &it) {
        return Err(vm.type_error("__await__() returned a coroutine"));
    }
    if let Some(c) = wrapper_payload(&it, WrapperKind::CoroutineWrapper) {
        return Ok(c);
    }
    if !is_iterator(vm, &it) {
        return Err(vm.type_error(format!(
            "__await__() returned non-iterator of type '{}'",
            vm.type_name(&it)
        )));
    }
    Ok(it)
}

fn is_iterator(vm: &mut Vm, v: &Value) -> bool {
    if matches!(v.kind(), Some(Kind::Iter) | Some(Kind::AsyncGenOp)) || is_plain_generator(vm, v) {
        return true;
    }
    let ty = vm.type_of(v);
    let n = vm.intern("__next__");
    type_lookup(&ty, &n).is_some()
}

/// `BEFORE_ASYNC_WITH`: the bound `__aexit__` and the result of `__aenter__()`.
pub fn before_async_with(vm: &mut Vm, mgr: &Value) -> PyResult<(Value, Value)> {
    let ty = vm.type_of(mgr);
    let (enter_n, exit_n) = (vm.intern("__aenter__"), vm.intern("__aexit__"));
    let (Some(enter), Some(exit)) = (type_lookup(&ty, &enter_n), type_lookup(&ty, &exit_n)) else {
        return Err(vm.type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol",
            vm.type_name(mgr)
        )));
    };
    let bound_exit = vm.bind(exit, mgr, &ty)?;
    let r = vm.call(&enter, std::slice::from_ref(mgr), &[])?;
    Ok((bound_exit, r))
}

/// `GET_AITER`: `obj.__aiter__()`, checked to have `__anext__`.
pub fn get_aiter(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    let ty = vm.type_of(obj);
    let n = vm.intern("__aiter__");
    let Some(f) = type_lookup(&ty, &n) else {
        return Err(vm.type_error(format!(
            "'async for' requires an object with __aiter__ method, got {}",
            vm.type_name(obj)
        )));
    };
    let it = vm.call(&f, std::slice::from_ref(obj), &[])?;
    let ity = vm.type_of(&it);
    let next = vm.intern("__anext__");
    if type_lookup(&ity, &next).is_none() {
        return Err(vm.type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            vm.type_name(&it)
        )));
    }
    Ok(it)
}

/// `GET_ANEXT`: the awaitable for the next item of an async iterator.
pub fn get_anext(vm: &mut Vm, ait: &Value) -> PyResult<Value> {
    if ait.kind() == Some(Kind::Generator) && flavor(vm, ait) == Flavor::AsyncGenerator {
        init_hooks(vm, ait)?;
        let none = vm.none.clone();
        return Ok(new_op(vm, ait, OpMode::Send(none)));
    }
    let ty = vm.type_of(ait);
    let n = vm.intern("__anext__");
    let Some(f) = type_lookup(&ty, &n) else {
        return Err(vm.type_error(format!(
            "'async for' requires an iterator with __anext__ method, got {}",
            vm.type_name(ait)
        )));
    };
    let aw = vm.call(&f, std::slice::from_ref(ait), &[])?;
    match get_awaitable(vm, &aw, 0) {
        Ok(it) => Ok(it),
        Err(e) if vm.exc_matches(&e, "TypeError") => Err(vm.type_error(format!(
            "'async for' received an invalid object from __anext__: {}",
            vm.type_name(&aw)
        ))),
        Err(e) => Err(e),
    }
}

/// Wraps a value yielded by an async generator's own `yield`.
pub fn wrap_yielded(vm: &mut Vm, v: Value) -> Value {
    Value::new_object(
        &vm.t.async_gen_wrapped,
        PyWrapper {
            kind: WrapperKind::AsyncGenValue,
            func: v,
            dict: RefCell::new(None),
        },
    )
}

// ----- coroutine methods -------------------------------------------------------------------

/// `coroutine.__await__()`: an iterator driving the coroutine.
pub fn coro_await(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(Value::new_object(
        &vm.t.coroutine_wrapper,
        PyWrapper {
            kind: WrapperKind::CoroutineWrapper,
            func: a[0].clone(),
            dict: RefCell::new(None),
        },
    ))
}

fn wrapped_coro(a: &[Value]) -> Value {
    wrapper_payload(&a[0], WrapperKind::CoroutineWrapper).unwrap_or_else(|| a[0].clone())
}

fn wrapper_next(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let c = wrapped_coro(a);
    let none = vm.none.clone();
    crate::generator::gen_send(vm, &[c, none], &[])
}

fn wrapper_send(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let mut args = a.to_vec();
    args[0] = wrapped_coro(a);
    crate::generator::gen_send(vm, &args, k)
}

fn wrapper_throw(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let mut args = a.to_vec();
    args[0] = wrapped_coro(a);
    crate::generator::gen_throw(vm, &args, k)
}

fn wrapper_close(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let c = wrapped_coro(a);
    crate::generator::gen_close(vm, &[c], k)
}

fn return_self(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(a[0].clone())
}

// ----- async generator awaitables -----------------------------------------------------------

pub enum OpMode {
    /// `asend(value)` / `__anext__()`.
    Send(Value),
    /// `athrow(exc)`.
    Throw(Value),
    /// `aclose()`.
    Close,
}

/// The awaitable returned by `asend`, `athrow`, `aclose` and `__anext__` of an async
/// generator: one step of the generator, finishing with StopIteration(yielded value).
pub struct PyAsyncGenOp {
    pub agen: Value,
    pub mode: RefCell<OpMode>,
    /// 0 not started, 1 running the generator, 2 done.
    pub state: Cell<u8>,
}

fn new_op(vm: &Vm, agen: &Value, mode: OpMode) -> Value {
    let ty = if matches!(mode, OpMode::Send(_)) {
        &vm.t.async_gen_asend
    } else {
        &vm.t.async_gen_athrow
    };
    Value::new_object(
        ty,
        PyAsyncGenOp {
            agen: agen.clone(),
            mode: RefCell::new(mode),
            state: Cell::new(0),
        },
    )
}

/// On an async generator's first `__anext__`/`asend`/`athrow`/`aclose`: it keeps the current
/// finalizer hook and is shown to the firstiter hook (an event loop tracks it).
fn init_hooks(vm: &mut Vm, agen: &Value) -> PyResult<()> {
    let Some(g) = agen.downcast::<PyGenerator>() else {
        return Ok(());
    };
    {
        let mut st = g.state.borrow_mut();
        if st.hooks_inited {
            return Ok(());
        }
        st.hooks_inited = true;
        st.agen_finalizer = vm.asyncgen_hooks.1.clone();
    }
    if let Some(first) = vm.asyncgen_hooks.0.clone() {
        vm.call(&first, std::slice::from_ref(agen), &[])?;
    }
    Ok(())
}

fn agen_anext(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    init_hooks(vm, &a[0])?;
    let none = vm.none.clone();
    Ok(new_op(vm, &a[0], OpMode::Send(none)))
}

fn agen_asend(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    init_hooks(vm, &a[0])?;
    let v = a.get(1).cloned().unwrap_or(vm.none.clone());
    Ok(new_op(vm, &a[0], OpMode::Send(v)))
}

fn agen_athrow(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    init_hooks(vm, &a[0])?;
    let Some(t) = a.get(1).cloned() else {
        return Err(vm.type_error("athrow expected at least 1 argument, got 0"));
    };
    let exc = if t.kind() == Some(Kind::Type) && a.len() > 2 && !a[2].is(&vm.none) {
        vm.call(&t, &[a[2].clone()], &[])?
    } else {
        vm.make_thrown_exception(t)?
    };
    Ok(new_op(vm, &a[0], OpMode::Throw(exc)))
}

fn agen_aclose(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    init_hooks(vm, &a[0])?;
    Ok(new_op(vm, &a[0], OpMode::Close))
}

/// `sys.set_asyncgen_hooks(firstiter=..., finalizer=...)`: each given hook must be callable or
/// None; one left out keeps its current value.
pub fn sys_set_asyncgen_hooks(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (pos, kws) = crate::builtins::split_kw(a, k);
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "set_asyncgen_hooks() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let mut given: [Option<Value>; 2] = [pos.first().cloned(), pos.get(1).cloned()];
    for (name, v) in kws {
        let i = match name {
            "firstiter" => 0,
            "finalizer" => 1,
            _ => {
                return Err(vm.type_error(format!(
                    "'{name}' is an invalid keyword argument for this function"
                )));
            }
        };
        given[i] = Some(v.clone());
    }
    for (v, what) in given.iter().zip(["firstiter", "finalizer"]) {
        if let Some(v) = v
            && !v.is(&vm.none)
            && !crate::builtins::is_callable(vm, v)
        {
            return Err(vm.type_error(format!("callable {what} expected, got {}", vm.type_name(v))));
        }
    }
    let [first, fin] = given;
    let keep = |v: Option<Value>, old: &Option<Value>, none: &Value| match v {
        None => old.clone(),
        Some(v) if v.is(none) => None,
        Some(v) => Some(v),
    };
    let none = vm.none.clone();
    vm.asyncgen_hooks = (
        keep(first, &vm.asyncgen_hooks.0, &none),
        keep(fin, &vm.asyncgen_hooks.1, &none),
    );
    Ok(vm.none.clone())
}

/// `sys.get_asyncgen_hooks()`: the hooks as an `asyncgen_hooks(firstiter, finalizer)` named
/// tuple (made by `lib/_asyncgenhooks.py`).
pub fn sys_get_asyncgen_hooks(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let none = vm.none.clone();
    let (f, z) = vm.asyncgen_hooks.clone();
    let m = crate::import::import_absolute(vm, "_asyncgenhooks")?;
    let make = vm.getattr_str(&m, "asyncgen_hooks")?;
    vm.call(&make, &[f.unwrap_or(none.clone()), z.unwrap_or(none)], &[])
}

fn op_of(a: &[Value]) -> &PyAsyncGenOp {
    a[0].downcast::<PyAsyncGenOp>().unwrap()
}

/// Runs one step of the operation: `sent` is sent into the generator, or `exc` thrown in.
fn op_step(vm: &mut Vm, opv: &Value, sent: Value, exc: Option<PyErr>) -> PyResult<Value> {
    let op = opv.downcast::<PyAsyncGenOp>().unwrap();
    let closing = matches!(*op.mode.borrow(), OpMode::Close);
    if op.state.get() == 2 {
        return Err(vm.err(
            "RuntimeError",
            if matches!(*op.mode.borrow(), OpMode::Send(_)) {
                "cannot reuse already awaited __anext__()/asend()"
            } else {
                "cannot reuse already awaited aclose()/athrow()"
            },
        ));
    }
    let agen = op.agen.clone();
    let g = agen.downcast::<PyGenerator>().unwrap();
    let (sent, exc) = if op.state.get() == 0 {
        op.state.set(1);
        let (started, finished) = {
            let st = g.state.borrow();
            (st.started, st.finished)
        };
        match &*op.mode.borrow() {
            OpMode::Send(v) => {
                if finished {
                    op.state.set(2);
                    return Err(vm.err("StopAsyncIteration", ""));
                }
                (if sent.is(&vm.none) { v.clone() } else { sent }, exc)
            }
            OpMode::Throw(e) => {
                if finished {
                    op.state.set(2);
                    return Err(PyErr(e.clone()));
                }
                (vm.none.clone(), Some(PyErr(e.clone())))
            }
            OpMode::Close => {
                if finished || !started {
                    crate::generator::mark_finished(&agen);
                    op.state.set(2);
                    return Err(vm.stop_iteration(None));
                }
                let ge = vm.exc_type("GeneratorExit");
                (vm.none.clone(), Some(PyErr(vm.new_exception(&ge, vec![]))))
            }
        }
    } else {
        (sent, exc)
    };
    let r = resume(vm, &agen, sent, exc);
    match r {
        Ok(Ok(y)) => {
            if let Some(v) = wrapper_payload(&y, WrapperKind::AsyncGenValue) {
                op.state.set(2);
                if closing {
                    return Err(vm.err("RuntimeError", "async generator ignored GeneratorExit"));
                }
                return Err(vm.stop_iteration(if v.is(&vm.none) { None } else { Some(v) }));
            }
            Ok(y)
        }
        Ok(Err(_)) => {
            op.state.set(2);
            if closing {
                Err(vm.stop_iteration(None))
            } else {
                Err(vm.err("StopAsyncIteration", ""))
            }
        }
        Err(e) => {
            op.state.set(2);
            if closing
                && (vm.exc_matches(&e, "GeneratorExit") || vm.exc_matches(&e, "StopAsyncIteration"))
            {
                return Err(vm.stop_iteration(None));
            }
            Err(e)
        }
    }
}

fn op_send(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let v = a.get(1).cloned().unwrap_or(vm.none.clone());
    op_step(vm, &a[0], v, None)
}

fn op_next(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let none = vm.none.clone();
    op_step(vm, &a[0], none, None)
}

fn op_throw(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let Some(t) = a.get(1).cloned() else {
        return Err(vm.type_error("throw expected at least 1 argument, got 0"));
    };
    let exc = if t.kind() == Some(Kind::Type) && a.len() > 2 && !a[2].is(&vm.none) {
        vm.call(&t, &[a[2].clone()], &[])?
    } else {
        vm.make_thrown_exception(t)?
    };
    if op_of(a).state.get() == 2 {
        return Err(PyErr(exc));
    }
    let none = vm.none.clone();
    op_step(vm, &a[0], none, Some(PyErr(exc)))
}

fn op_close(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    op_of(a).state.set(2);
    Ok(vm.none.clone())
}

/// One step of `yield from`/`await` on an `asend`/`athrow` awaitable.
pub fn op_send_to(vm: &mut Vm, sub: &Value, v: Value) -> PyResult<Result<Value, Value>> {
    match op_step(vm, sub, v, None) {
        Ok(y) => Ok(Ok(y)),
        Err(e) if vm.exc_matches(&e, "StopIteration") => Ok(Err(stop_value(vm, &e))),
        Err(e) => Err(e),
    }
}

/// Installs the methods of the coroutine-related classes.
pub fn install(vm: &mut Vm) {
    use crate::builtins::add_method;
    let coro = vm.t.coroutine.clone();
    add_method(vm, &coro, "send", crate::generator::gen_send);
    add_method(vm, &coro, "throw", crate::generator::gen_throw);
    add_method(vm, &coro, "close", crate::generator::gen_close);
    add_method(vm, &coro, "__await__", coro_await);
    let w = vm.t.coroutine_wrapper.clone();
    add_method(vm, &w, "__iter__", return_self);
    add_method(vm, &w, "__next__", wrapper_next);
    add_method(vm, &w, "send", wrapper_send);
    add_method(vm, &w, "throw", wrapper_throw);
    add_method(vm, &w, "close", wrapper_close);
    let ag = vm.t.async_generator.clone();
    add_method(vm, &ag, "__aiter__", return_self);
    add_method(vm, &ag, "__anext__", agen_anext);
    add_method(vm, &ag, "asend", agen_asend);
    add_method(vm, &ag, "athrow", agen_athrow);
    add_method(vm, &ag, "aclose", agen_aclose);
    for t in [vm.t.async_gen_asend.clone(), vm.t.async_gen_athrow.clone()] {
        add_method(vm, &t, "__await__", return_self);
        add_method(vm, &t, "__iter__", return_self);
        add_method(vm, &t, "__next__", op_next);
        add_method(vm, &t, "send", op_send);
        add_method(vm, &t, "throw", op_throw);
        add_method(vm, &t, "close", op_close);
    }
}
