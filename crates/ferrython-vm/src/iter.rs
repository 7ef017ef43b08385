//! Advancing the builtin iterator objects (`IterState`).

use num_traits::Signed;

use crate::objects::*;
use crate::value::{Kind, Value};
use crate::vm::{PyResult, Vm};

pub fn iter_next(vm: &mut Vm, it: &PyIter) -> PyResult<Option<Value>> {
    let mut st = it.0.borrow_mut();
    match &mut *st {
        IterState::Range { cur, stop, step } => {
            if (*step > 0 && *cur < *stop) || (*step < 0 && *cur > *stop) {
                let v = *cur;
                *cur += *step;
                return Ok(Some(vm.int(v)));
            }
            *st = IterState::Exhausted;
            Ok(None)
        }
        IterState::BigRange { cur, stop, step } => {
            if (step.is_positive() && *cur < *stop) || (step.is_negative() && *cur > *stop) {
                let v = cur.clone();
                *cur += &*step;
                return Ok(Some(vm.bigint(v)));
            }
            *st = IterState::Exhausted;
            Ok(None)
        }
        IterState::Seq { seq, idx } => {
            let i = *idx;
            let item = match seq.kind() {
                // Subclasses iterate their payload too (list.__iter__/tuple.__iter__ are
                // inherited; an overriding __getitem__ does not change iteration).
                Some(Kind::List) => seq.downcast::<PyList>().unwrap().0.borrow().get(i).cloned(),
                Some(Kind::Tuple) => seq.downcast::<PyTuple>().unwrap().0.get(i).cloned(),
                Some(Kind::Bytes) => seq
                    .downcast::<PyBytes>()
                    .unwrap()
                    .b
                    .get(i)
                    .map(|b| vm.int(*b as i64)),
                Some(Kind::ByteArray) => seq
                    .downcast::<PyByteArray>()
                    .unwrap()
                    .0
                    .borrow()
                    .get(i)
                    .map(|b| vm.int(*b as i64)),
                _ => {
                    let seq = seq.clone();
                    drop(st);
                    let key = vm.int(i as i64);
                    let r = vm.getitem(&seq, &key);
                    return match r {
                        Ok(v) => {
                            if let IterState::Seq { idx, .. } = &mut *it.0.borrow_mut() {
                                *idx += 1;
                            }
                            Ok(Some(v))
                        }
                        Err(e)
                            if vm.exc_matches(&e, "IndexError")
                                || vm.exc_matches(&e, "StopIteration") =>
                        {
                            *it.0.borrow_mut() = IterState::Exhausted;
                            Ok(None)
                        }
                        Err(e) => Err(e),
                    };
                }
            };
            match item {
                Some(v) => {
                    *idx += 1;
                    Ok(Some(v))
                }
                None => {
                    *st = IterState::Exhausted;
                    Ok(None)
                }
            }
        }
        IterState::Str { s, byte } => {
            let text = &s.downcast::<PyStr>().unwrap().s;
            match text[*byte..].chars().next() {
                Some(c) => {
                    *byte += c.len_utf8();
                    Ok(Some(vm.char_str(c)))
                }
                None => {
                    *st = IterState::Exhausted;
                    Ok(None)
                }
            }
        }
        IterState::Dict {
            dict,
            idx,
            which,
            len,
            last,
        } => {
            let d = dict.downcast::<PyDict>().unwrap();
            let t = d.0.borrow();
            if t.len() != *len {
                drop(t);
                *st = IterState::Exhausted;
                return Err(vm.err("RuntimeError", "dictionary changed size during iteration"));
            }
            *idx = (*idx).max(t.head);
            while let Some(slot) = t.entry_at(*idx) {
                *idx += 1;
                if let Some(e) = slot {
                    let r = match which {
                        0 => e.key.clone(),
                        1 => e.value.clone(),
                        _ => {
                            let r = reused_pair(vm, last.take(), e.key.clone(), e.value.clone());
                            *last = Some(r.clone());
                            r
                        }
                    };
                    return Ok(Some(r));
                }
            }
            drop(t);
            *st = IterState::Exhausted;
            Ok(None)
        }
        IterState::Set { set, idx, len } => {
            let s = set.downcast::<PySet>().unwrap();
            let t = s.table.borrow();
            if t.len() != *len {
                drop(t);
                *st = IterState::Exhausted;
                return Err(vm.err("RuntimeError", "Set changed size during iteration"));
            }
            while *idx < t.slots.len() {
                let i = *idx;
                *idx += 1;
                if let crate::set::Slot::Full(_, k) = &t.slots[i] {
                    return Ok(Some(k.clone()));
                }
            }
            drop(t);
            *st = IterState::Exhausted;
            Ok(None)
        }
        IterState::Enumerate {
            it: inner,
            count,
            last,
        } => {
            let inner = inner.clone();
            let c = count.clone();
            let reuse = last.take();
            drop(st);
            let Some(v) = vm.next(&inner)? else {
                return Ok(None);
            };
            let next = match c.as_small_int().and_then(|x| x.checked_add(1)) {
                Some(n) => vm.int(n),
                None => {
                    let one = vm.int(1);
                    vm.binary_op(&c, &one, ferrython_bytecode::BinOp::Add, false)?
                }
            };
            let r = reused_pair(vm, reuse, c, v);
            if let IterState::Enumerate { count, last, .. } = &mut *it.0.borrow_mut() {
                *count = next;
                *last = Some(r.clone());
            }
            Ok(Some(r))
        }
        IterState::Zip { its, strict, last } => {
            let its = its.clone();
            let strict = *strict;
            let mut reuse = last.take();
            drop(st);
            if its.is_empty() {
                return Ok(None);
            }
            let ty = vm.t.tuple.clone();
            // The previous result's items are overwritten in place when it can be reused.
            let mut slots = reuse
                .as_mut()
                .and_then(|t| t.unique_tuple_items(&ty))
                .filter(|items| items.len() == its.len());
            let mut fresh = Vec::new();
            if slots.is_none() {
                fresh.reserve_exact(its.len());
            }
            for (i, sub) in its.iter().enumerate() {
                match vm.next(sub)? {
                    Some(v) => match slots.as_deref_mut() {
                        Some(items) => items[i] = v,
                        None => fresh.push(v),
                    },
                    None => {
                        if strict {
                            zip_check_strict(vm, &its, i)?;
                        }
                        *it.0.borrow_mut() = IterState::Exhausted;
                        return Ok(None);
                    }
                }
            }
            let r = match slots {
                Some(_) => reuse.take().unwrap(),
                None => vm.tuple(fresh),
            };
            if let IterState::Zip { last, .. } = &mut *it.0.borrow_mut() {
                *last = Some(r.clone());
            }
            Ok(Some(r))
        }
        IterState::Map { func, its } => {
            let func = func.clone();
            let its = its.clone();
            drop(st);
            let mut args = Vec::with_capacity(its.len());
            for sub in &its {
                match vm.next(sub)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            Ok(Some(vm.call(&func, &args, &[])?))
        }
        IterState::Filter { func, it: inner } => {
            let func = func.clone();
            let inner = inner.clone();
            drop(st);
            loop {
                let Some(v) = vm.next(&inner)? else {
                    return Ok(None);
                };
                let keep = if func.is(&vm.none) {
                    vm.truthy(&v)?
                } else {
                    let r = vm.call(&func, std::slice::from_ref(&v), &[])?;
                    vm.truthy(&r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            }
        }
        IterState::Reversed { seq, idx } => {
            if *idx < 0 {
                *st = IterState::Exhausted;
                return Ok(None);
            }
            let i = *idx;
            *idx -= 1;
            let seq = seq.clone();
            drop(st);
            let key = vm.int(i as i64);
            match vm.getitem(&seq, &key) {
                Ok(v) => Ok(Some(v)),
                Err(e) if vm.exc_matches(&e, "IndexError") => Ok(None),
                Err(e) => Err(e),
            }
        }
        IterState::Callable { func, sentinel } => {
            let func = func.clone();
            let sentinel = sentinel.clone();
            drop(st);
            let v = vm.call(&func, &[], &[])?;
            if vm.eq(&v, &sentinel)? {
                *it.0.borrow_mut() = IterState::Exhausted;
                return Ok(None);
            }
            Ok(Some(v))
        }
        IterState::Exhausted => Ok(None),
    }
}

/// `zip(strict=True)` when argument `i` (from 0) is exhausted: a ValueError unless every
/// argument ends together.
fn zip_check_strict(vm: &mut Vm, its: &[Value], i: usize) -> PyResult<()> {
    if i > 0 {
        let msg = if i == 1 {
            "zip() argument 2 is shorter than argument 1".to_string()
        } else {
            format!("zip() argument {} is shorter than arguments 1-{}", i + 1, i)
        };
        return Err(vm.value_error(msg));
    }
    for (j, rest) in its.iter().enumerate().skip(1) {
        if vm.next(rest)?.is_some() {
            let msg = if j == 1 {
                "zip() argument 2 is longer than argument 1".to_string()
            } else {
                format!("zip() argument {} is longer than arguments 1-{}", j + 1, j)
            };
            return Err(vm.value_error(msg));
        }
    }
    Ok(())
}

/// The pair `(a, b)` as an iterator's next result: written into `last`, its previous result,
/// when the consumer has let go of that one, else a new tuple.
fn reused_pair(vm: &Vm, mut last: Option<Value>, a: Value, b: Value) -> Value {
    match last
        .as_mut()
        .and_then(|t| t.unique_tuple_items(&vm.t.tuple))
    {
        Some([x, y]) => {
            *x = a;
            *y = b;
        }
        _ => return vm.tuple(vec![a, b]),
    }
    last.unwrap()
}
