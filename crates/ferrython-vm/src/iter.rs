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
                    let mut buf = [0u8; 4];
                    let cs: &str = c.encode_utf8(&mut buf);
                    Ok(Some(vm.str(cs)))
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
                        _ => vm.tuple(vec![e.key.clone(), e.value.clone()]),
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
        IterState::Enumerate { it: inner, count } => {
            let inner = inner.clone();
            let c = count.clone();
            drop(st);
            match vm.next(&inner)? {
                Some(v) => {
                    let one = vm.int(1);
                    let next = vm.binary_op(&c, &one, ferrython_bytecode::BinOp::Add, false)?;
                    if let IterState::Enumerate { count, .. } = &mut *it.0.borrow_mut() {
                        *count = next;
                    }
                    Ok(Some(vm.tuple(vec![c, v])))
                }
                None => Ok(None),
            }
        }
        IterState::Zip { its, strict } => {
            let its = its.clone();
            let strict = *strict;
            drop(st);
            let mut out = Vec::with_capacity(its.len());
            for (i, sub) in its.iter().enumerate() {
                match vm.next(sub)? {
                    Some(v) => out.push(v),
                    None => {
                        if strict {
                            if i > 0 {
                                let plural = if i == 1 { " " } else { "s 1-" };
                                let msg = if i == 1 {
                                    format!("zip() argument 2 is shorter than argument{plural}1")
                                } else {
                                    format!(
                                        "zip() argument {} is shorter than arguments 1-{}",
                                        i + 1,
                                        i
                                    )
                                };
                                return Err(vm.value_error(msg));
                            }
                            for (j, rest) in its.iter().enumerate().skip(1) {
                                if vm.next(rest)?.is_some() {
                                    let msg = if j == 1 {
                                        "zip() argument 2 is longer than argument 1".to_string()
                                    } else {
                                        format!(
                                            "zip() argument {} is longer than arguments 1-{}",
                                            j + 1,
                                            j
                                        )
                                    };
                                    return Err(vm.value_error(msg));
                                }
                            }
                        }
                        *it.0.borrow_mut() = IterState::Exhausted;
                        return Ok(None);
                    }
                }
            }
            if out.is_empty() {
                return Ok(None);
            }
            Ok(Some(vm.tuple(out)))
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
