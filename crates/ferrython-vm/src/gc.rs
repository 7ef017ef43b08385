//! The cycle collector: finds groups of objects that only reference each other and frees
//! them. Reference counting frees everything else the moment it dies.
//!
//! Tracked objects (containers, see `value::gc_container`) sit in one list. A collection:
//! 1. copies every tracked object's count, then subtracts the references that tracked
//!    objects hold to each other (`traverse`); what is left over are references from
//!    outside (the value stack, Rust locals, untracked objects, module tables);
//! 2. marks as reachable every object with an outside reference and everything reachable
//!    from one; the rest is garbage;
//! 3. queues `__del__` of garbage that has one (generators count: they are closed), and
//!    leaves that garbage for the next collection, which runs right after the finalizers
//!    (a finalizer may resurrect its object);
//! 4. otherwise breaks the cycles by emptying the garbage containers (`clear`); reference
//!    counting then frees them.
//!
//! A reference that `traverse` misses only makes its target look reachable, so the
//! collector errs on the side of keeping objects; it never frees a live one.

use crate::objects::*;
use crate::value::{Kind, Value};
use crate::vm::Vm;

/// Calls `visit` with every reference `v`'s payload and attribute dict hold.
pub fn traverse(v: &Value, visit: &mut dyn FnMut(&Value)) {
    if let Some(d) = v.attr_dict() {
        visit(&d);
    }
    traverse_payload(v, visit);
}

/// `traverse` without the attribute dict. Sequences are visited last item first and the
/// str keys of dicts are skipped, the order and choice `gc.get_referents` shows in CPython.
fn traverse_payload(v: &Value, visit: &mut dyn FnMut(&Value)) {
    let Some(kind) = v.kind() else { return };
    match kind {
        Kind::Instance => {
            let inst = v.downcast::<PyInstance>().unwrap();
            for c in inst.slots.iter() {
                let x = c.take();
                if let Some(x) = &x {
                    visit(x);
                }
                c.set(x);
            }
            if let Ok(attrs) = inst.attrs.try_borrow() {
                attrs.values.iter().for_each(visit);
            }
        }
        Kind::Tuple => v
            .downcast::<PyTuple>()
            .unwrap()
            .0
            .iter()
            .rev()
            .for_each(visit),
        Kind::List => {
            if let Ok(l) = v.downcast::<PyList>().unwrap().0.try_borrow() {
                l.iter().rev().for_each(visit);
            }
        }
        Kind::Dict => {
            if let Ok(d) = v.downcast::<PyDict>().unwrap().0.try_borrow() {
                for e in d.iter() {
                    if e.key.kind() != Some(Kind::Str) {
                        visit(&e.key);
                    }
                    visit(&e.value);
                }
            }
        }
        Kind::Set => {
            if let Ok(t) = v.downcast::<PySet>().unwrap().table.try_borrow() {
                t.iter().for_each(|(_, k)| visit(k));
            }
        }
        Kind::Function => {
            let f = v.downcast::<PyFunction>().unwrap();
            visit(&f.globals);
            visit(&f.builtins);
            f.closure.iter().for_each(&mut *visit);
            for c in [&f.defaults, &f.kwdefaults, &f.annotations] {
                if let Ok(c) = c.try_borrow() {
                    c.iter().for_each(&mut *visit);
                }
            }
            for c in [&f.name, &f.qualname, &f.doc, &f.module] {
                if let Ok(c) = c.try_borrow() {
                    visit(&c);
                }
            }
        }
        Kind::Method => {
            let m = v.downcast::<PyMethod>().unwrap();
            visit(&m.func);
            visit(&m.self_);
        }
        Kind::Cell => {
            if let Ok(c) = v.downcast::<PyCell>().unwrap().0.try_borrow() {
                c.iter().for_each(visit);
            }
        }
        Kind::Exception => {
            let e = v.downcast::<PyException>().unwrap();
            if let Ok(a) = e.args.try_borrow() {
                visit(&a);
            }
            for c in [&e.traceback, &e.cause, &e.context] {
                if let Ok(c) = c.try_borrow() {
                    c.iter().for_each(&mut *visit);
                }
            }
            if let Ok(d) = e.detail.try_borrow()
                && let Some((name, obj)) = &*d
            {
                visit(name);
                obj.iter().for_each(&mut *visit);
            }
        }
        Kind::Iter => {
            if let Ok(st) = v.downcast::<PyIter>().unwrap().0.try_borrow() {
                traverse_iter(&st, visit);
            }
        }
        Kind::Property => {
            let p = v.downcast::<PyProperty>().unwrap();
            for x in [&p.fget, &p.fset, &p.fdel, &p.doc] {
                x.iter().for_each(&mut *visit);
            }
        }
        Kind::Wrapper => {
            let w = v.downcast::<PyWrapper>().unwrap();
            visit(&w.func);
            if let Ok(d) = w.dict.try_borrow() {
                d.iter().for_each(visit);
            }
        }
        Kind::Super => {
            let s = v.downcast::<PySuper>().unwrap();
            visit(&s.ty);
            s.obj.iter().for_each(&mut *visit);
            s.obj_type.iter().for_each(&mut *visit);
        }
        Kind::Generator => {
            if let Ok(st) = v.downcast::<PyGenerator>().unwrap().state.try_borrow() {
                visit(&st.globals);
                if let Some(f) = &st.frame {
                    f.func.iter().for_each(&mut *visit);
                    visit(&f.globals);
                    visit(&f.builtins);
                }
                st.saved.iter().for_each(&mut *visit);
                st.agen_finalizer.iter().for_each(visit);
            }
        }
        Kind::AsyncGenOp => {
            let op = v.downcast::<crate::coroutine::PyAsyncGenOp>().unwrap();
            visit(&op.agen);
            if let Ok(m) = op.mode.try_borrow() {
                match &*m {
                    crate::coroutine::OpMode::Send(x) | crate::coroutine::OpMode::Throw(x) => {
                        visit(x)
                    }
                    crate::coroutine::OpMode::Close => {}
                }
            }
        }
        Kind::Traceback => {
            let tb = v.downcast::<PyTraceback>().unwrap();
            visit(&tb.globals);
            if let Some(n) = tb.next.borrow().as_ref() {
                visit(n);
            }
            if let Some(slots) = tb.locals.borrow().as_ref() {
                slots.iter().filter(|s| !s.is_null()).for_each(visit);
            }
        }
        Kind::Frame => {
            let f = v.downcast::<crate::frames::PyFrame>().unwrap();
            visit(&f.globals);
            visit(&f.builtins);
            visit(&f.locals);
            f.back.iter().for_each(visit);
        }
        Kind::WeakRef => {
            if let Ok(cb) = v
                .downcast::<crate::value::PyWeakRef>()
                .unwrap()
                .callback
                .try_borrow()
            {
                cb.iter().for_each(visit);
            }
        }
        _ => {}
    }
}

fn traverse_iter(st: &IterState, visit: &mut dyn FnMut(&Value)) {
    match st {
        IterState::Seq { seq: x, .. }
        | IterState::Str { s: x, .. }
        | IterState::Set { set: x, .. }
        | IterState::Reversed { seq: x, .. } => visit(x),
        IterState::Dict { dict, last, .. } => {
            visit(dict);
            last.iter().for_each(visit);
        }
        IterState::Enumerate { it, count, last } => {
            visit(it);
            visit(count);
            last.iter().for_each(visit);
        }
        IterState::Zip { its, last, .. } => {
            its.iter().for_each(&mut *visit);
            last.iter().for_each(visit);
        }
        IterState::Map { func, its } => {
            visit(func);
            its.iter().for_each(visit);
        }
        IterState::Filter { func, it } => {
            visit(func);
            visit(it);
        }
        IterState::Callable { func, sentinel } => {
            visit(func);
            visit(sentinel);
        }
        IterState::Range { .. } | IterState::BigRange { .. } | IterState::Exhausted => {}
    }
}

/// Empties the mutable references of a garbage object, returning them so the caller drops
/// them outside of any borrow.
fn clear(v: &Value, out: &mut Vec<Value>) {
    out.extend(v.take_attr_dict());
    let Some(kind) = v.kind() else { return };
    match kind {
        Kind::Instance => {
            let inst = v.downcast::<PyInstance>().unwrap();
            out.extend(inst.slots.iter().filter_map(|c| c.take()));
            if let Ok(mut attrs) = inst.attrs.try_borrow_mut() {
                out.extend(attrs.take().1);
            }
        }
        Kind::Traceback => {
            let tb = v.downcast::<PyTraceback>().unwrap();
            if let Ok(mut c) = tb.locals.try_borrow_mut() {
                out.extend(c.take().into_iter().flatten());
            }
            if let Ok(mut c) = tb.next.try_borrow_mut() {
                out.extend(c.take());
            }
        }
        Kind::List => {
            if let Ok(mut l) = v.downcast::<PyList>().unwrap().0.try_borrow_mut() {
                out.append(&mut l);
            }
        }
        Kind::Dict => {
            if let Ok(mut d) = v.downcast::<PyDict>().unwrap().0.try_borrow_mut() {
                let t = std::mem::take(&mut *d);
                drop(d);
                for e in t.entries.into_iter().flatten() {
                    out.push(e.key);
                    out.push(e.value);
                }
            }
        }
        Kind::Set => {
            if let Ok(mut t) = v.downcast::<PySet>().unwrap().table.try_borrow_mut() {
                let old = std::mem::take(&mut *t);
                drop(t);
                out.extend(old.iter().map(|(_, k)| k.clone()));
            }
        }
        Kind::Function => {
            let f = v.downcast::<PyFunction>().unwrap();
            for c in [&f.defaults, &f.kwdefaults, &f.annotations] {
                if let Ok(mut c) = c.try_borrow_mut() {
                    out.extend(c.take());
                }
            }
        }
        Kind::Cell => {
            if let Ok(mut c) = v.downcast::<PyCell>().unwrap().0.try_borrow_mut() {
                out.extend(c.take());
            }
        }
        Kind::Exception => {
            let e = v.downcast::<PyException>().unwrap();
            for c in [&e.traceback, &e.cause, &e.context] {
                if let Ok(mut c) = c.try_borrow_mut() {
                    out.extend(c.take());
                }
            }
            if let Ok(mut d) = e.detail.try_borrow_mut()
                && let Some((name, obj)) = d.take()
            {
                out.push(name);
                out.extend(obj);
            }
        }
        Kind::Iter => {
            if let Ok(mut st) = v.downcast::<PyIter>().unwrap().0.try_borrow_mut() {
                let old = std::mem::replace(&mut *st, IterState::Exhausted);
                drop(st);
                traverse_iter(&old, &mut |x| out.push(x.clone()));
            }
        }
        Kind::Wrapper => {
            if let Ok(mut d) = v.downcast::<PyWrapper>().unwrap().dict.try_borrow_mut() {
                out.extend(d.take());
            }
        }
        Kind::Generator => {
            if let Ok(mut st) = v.downcast::<PyGenerator>().unwrap().state.try_borrow_mut()
                && !st.running
            {
                out.append(&mut st.saved);
                st.finished = true;
            }
        }
        Kind::WeakRef => {
            if let Ok(mut cb) = v
                .downcast::<crate::value::PyWeakRef>()
                .unwrap()
                .callback
                .try_borrow_mut()
            {
                out.extend(cb.take());
            }
        }
        _ => {}
    }
}

/// Whether dropping `v` would run Python code that has not run yet.
fn needs_finalizer(v: &Value) -> bool {
    if v.is_finalized() || !v.has_finalizer() {
        return false;
    }
    match v.downcast::<PyGenerator>() {
        Some(g) => g.state.try_borrow().is_ok_and(|st| !st.finished),
        None => true,
    }
}

/// Result of one collection pass.
pub struct Pass {
    /// Garbage found, not counting attribute dicts of garbage instances (CPython 3.12 keeps
    /// those inside the instance, so it does not count them either).
    pub found: usize,
    /// Finalizers were queued and the garbage was left for the next pass.
    pub deferred: bool,
}

/// One collection over every tracked object.
pub fn collect_pass() -> Pass {
    let objs = crate::value::gc_tracked_objects();
    // Each object's count, less the reference `objs` itself holds.
    let mut refs: Vec<isize> = objs.iter().map(|o| o.refcount() as isize - 1).collect();
    let position = |x: &Value, objs: &[Value]| x.gc_position().filter(|&i| objs[i].is(x));
    for o in &objs {
        traverse(o, &mut |x| {
            if let Some(i) = position(x, &objs) {
                refs[i] -= 1;
            }
        });
    }
    let mut reachable = vec![false; objs.len()];
    let mut work: Vec<usize> = (0..objs.len())
        .filter(|&i| refs[i] > 0 || objs[i].is_gc_frozen())
        .collect();
    for &i in &work {
        reachable[i] = true;
    }
    while let Some(i) = work.pop() {
        traverse(&objs[i], &mut |x| {
            if let Some(j) = position(x, &objs)
                && !reachable[j]
            {
                reachable[j] = true;
                work.push(j);
            }
        });
    }
    // CPython counts an instance and its attribute dict as one object.
    let attr_dicts = objs
        .iter()
        .zip(&reachable)
        .filter(|(o, r)| {
            !**r && o
                .attr_dict()
                .is_some_and(|d| position(&d, &objs).is_some_and(|j| !reachable[j]))
        })
        .count();
    let mut garbage = Vec::new();
    for (o, r) in objs.into_iter().zip(reachable) {
        if !r {
            garbage.push(o);
        }
    }
    if garbage.is_empty() {
        return Pass {
            found: 0,
            deferred: false,
        };
    }
    let found = garbage.len() - attr_dicts;
    let mut deferred = false;
    // Finalizers run in queue order: the list order, as CPython's.
    for g in garbage.iter() {
        if needs_finalizer(g) {
            g.queue_finalizer();
            deferred = true;
        }
    }
    if !deferred {
        let mut taken = Vec::new();
        for g in &garbage {
            clear(g, &mut taken);
        }
        drop(taken);
    }
    drop(garbage);
    Pass { found, deferred }
}

/// A full collection: passes until no finalizer is pending, running the finalizers in
/// between. Returns the number of unreachable objects found (CPython's `gc.collect()`).
pub fn collect(vm: &mut Vm) -> usize {
    crate::value::GC_WANTED.store(false, std::sync::atomic::Ordering::Relaxed);
    let mut found = 0;
    for round in 0..4 {
        let pass = collect_pass();
        if round == 0 {
            found = pass.found;
        }
        if !pass.deferred {
            break;
        }
        vm.run_pending_finalizers();
    }
    let survivors = crate::value::gc_tracked_count();
    crate::value::gc_set_policy(crate::value::gc_enabled(), survivors * 2);
    record(found);
    found
}

thread_local! {
    /// (collections run, unreachable objects found) since start-up.
    static STATS: std::cell::Cell<(usize, usize)> = const { std::cell::Cell::new((0, 0)) };
    /// Tracked objects left by the last collection.
    static SURVIVORS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

fn record(found: usize) {
    STATS.with(|s| {
        let (n, f) = s.get();
        s.set((n + 1, f + found));
    });
    SURVIVORS.with(|s| s.set(crate::value::gc_tracked_count()));
}

/// The native half of the `gc` module (`lib/gc.py` is the other).
pub fn module_functions() -> Vec<(&'static str, crate::vm::NativeFn)> {
    vec![
        ("collect", gc_collect),
        ("enable", gc_enable),
        ("disable", gc_disable),
        ("isenabled", gc_isenabled),
        ("is_tracked", gc_is_tracked),
        ("get_objects", gc_get_objects),
        ("get_referents", gc_get_referents),
        ("pending", gc_pending),
        ("stats", gc_stats),
        ("freeze", gc_freeze),
        ("unfreeze", gc_unfreeze),
        ("get_freeze_count", gc_get_freeze_count),
        ("is_finalized", gc_is_finalized),
    ]
}

fn gc_collect(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> crate::vm::PyResult<Value> {
    let n = collect(vm);
    Ok(vm.int(n as i64))
}

fn gc_enable(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> crate::vm::PyResult<Value> {
    let t = crate::value::gc_tracked_count() * 2;
    crate::value::gc_set_policy(true, t);
    Ok(vm.none.clone())
}

fn gc_disable(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> crate::vm::PyResult<Value> {
    crate::value::gc_set_policy(false, usize::MAX);
    Ok(vm.none.clone())
}

fn gc_isenabled(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> crate::vm::PyResult<Value> {
    Ok(vm.bool(crate::value::gc_enabled()))
}

fn gc_is_tracked(vm: &mut Vm, a: &[Value], _k: &[Value]) -> crate::vm::PyResult<Value> {
    let Some(x) = a.first() else {
        return Err(vm.type_error("gc.is_tracked() takes exactly one argument (0 given)"));
    };
    // CPython leaves dicts of atomic values untracked until they hold a container.
    let tracked = match x.downcast::<PyDict>() {
        Some(d) if x.attr_dict().is_none() => d.0.try_borrow().is_ok_and(|d| {
            d.iter()
                .any(|e| e.key.gc_position().is_some() || e.value.gc_position().is_some())
        }),
        _ => is_tracked(x),
    };
    Ok(vm.bool(tracked))
}

fn gc_get_objects(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> crate::vm::PyResult<Value> {
    Ok(vm.list(crate::value::gc_tracked_objects()))
}

fn gc_get_referents(vm: &mut Vm, a: &[Value], _k: &[Value]) -> crate::vm::PyResult<Value> {
    let mut out = Vec::new();
    for x in a.iter().filter(|x| is_tracked(x)) {
        // CPython 3.12 keeps instance attributes inside the instance: it shows their values
        // and the class rather than a dict.
        if let Some(d) = x.attr_dict() {
            traverse_payload(&d, &mut |r| out.push(r.clone()));
            out.push(vm.type_of(x));
        } else if let Some(inst) = x.downcast::<PyInstance>() {
            let values = inst.attrs.borrow().values.clone();
            if !values.is_empty() {
                out.extend(values);
                out.push(vm.type_of(x));
            }
            // The slots; the values above were the attributes.
            for c in inst.slots.iter() {
                let v = c.take();
                out.extend(v.clone());
                c.set(v);
            }
            continue;
        }
        traverse_payload(x, &mut |r| out.push(r.clone()));
    }
    Ok(vm.list(out))
}

/// Tracked, and not one of the immortal singletons (`None`, `Ellipsis`...).
fn is_tracked(x: &Value) -> bool {
    x.gc_position().is_some() && x.refcount() < crate::value::IMMORTAL
}

/// Tracked objects added since the last collection (the first of `gc.get_count()`).
fn gc_pending(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> crate::vm::PyResult<Value> {
    let now = crate::value::gc_tracked_count();
    let before = SURVIVORS.with(|s| s.get());
    Ok(vm.int(now.saturating_sub(before) as i64))
}

/// (collections, collected) since start-up, for `gc.get_stats()`.
fn gc_stats(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> crate::vm::PyResult<Value> {
    let (n, f) = STATS.with(|s| s.get());
    Ok(vm.tuple(vec![vm.int(n as i64), vm.int(f as i64)]))
}

fn set_frozen(frozen: bool) {
    for o in crate::value::gc_tracked_objects() {
        o.set_gc_frozen(frozen);
    }
}

fn gc_freeze(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> crate::vm::PyResult<Value> {
    set_frozen(true);
    Ok(vm.none.clone())
}

fn gc_unfreeze(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> crate::vm::PyResult<Value> {
    set_frozen(false);
    Ok(vm.none.clone())
}

fn gc_get_freeze_count(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> crate::vm::PyResult<Value> {
    let n = crate::value::gc_tracked_objects()
        .iter()
        .filter(|o| o.is_gc_frozen())
        .count();
    Ok(vm.int(n as i64))
}

/// Whether the collector has run the object's finalizer.
fn gc_is_finalized(vm: &mut Vm, a: &[Value], _k: &[Value]) -> crate::vm::PyResult<Value> {
    let Some(x) = a.first() else {
        return Err(vm.type_error("gc.is_finalized() takes exactly one argument (0 given)"));
    };
    Ok(vm.bool(x.has_finalizer() && x.is_finalized()))
}
