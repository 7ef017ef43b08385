//! The set table: open addressing over (hash, key) slots with a short linear scan before
//! each perturbed jump, so that iteration order (table order) matches CPython's for keys
//! whose hashes agree with CPython's (ints, floats).
//!
//! Invariants: `slots.len()` is a power of two, at least 8; `fill` counts full plus dummy
//! slots and stays below 60% of the table; like the dict table, probes stop with
//! `Probe::Slow` instead of calling Python equality.

use crate::dict::fast_key_eq;
use crate::value::Value;

const LINEAR_PROBES: usize = 9;

pub enum Slot {
    Empty,
    Dummy,
    Full(i64, Value),
}

pub struct SetTable {
    pub slots: Vec<Slot>,
    pub used: usize,
    fill: usize,
    pub version: u64,
    /// Where `pop` starts looking for an element (just past the last one it took), so that
    /// emptying a set with `pop` is linear, and pops come in CPython's order.
    finger: usize,
}

#[derive(Clone, Copy, Debug)]
pub struct SetProbe {
    i: usize,
    j: usize,
    perturb: u64,
    free: Option<usize>,
}

pub enum Probe {
    Found(usize),
    Missing(usize),
    Slow {
        slot: usize,
        key: Value,
        state: SetProbe,
    },
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable {
            slots: (0..8).map(|_| Slot::Empty).collect(),
            used: 0,
            fill: 0,
            version: 0,
            finger: 0,
        }
    }
}

impl SetTable {
    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    pub fn start(&self, hash: i64) -> SetProbe {
        let mask = self.slots.len() - 1;
        SetProbe {
            i: hash as u64 as usize & mask,
            j: 0,
            perturb: hash as u64,
            free: None,
        }
    }

    fn advance(&self, st: &mut SetProbe) {
        let mask = self.slots.len() - 1;
        // A run of LINEAR_PROBES slots after the start slot is scanned only when it fits
        // entirely before the end of the table; otherwise the probe jumps at once.
        if st.j < LINEAR_PROBES && st.i + LINEAR_PROBES <= mask {
            st.j += 1;
        } else {
            st.j = 0;
            st.perturb >>= 5;
            st.i = (st.i * 5 + 1 + st.perturb as usize) & mask;
        }
    }

    pub fn lookup_from(&self, hash: i64, key: &Value, mut st: SetProbe) -> Probe {
        loop {
            let idx = st.i + st.j;
            match &self.slots[idx] {
                Slot::Empty => return Probe::Missing(st.free.unwrap_or(idx)),
                Slot::Dummy => {
                    if st.free.is_none() {
                        st.free = Some(idx);
                    }
                }
                Slot::Full(h, k) => {
                    if *h == hash {
                        match fast_key_eq(k, key) {
                            Some(true) => return Probe::Found(idx),
                            Some(false) => {}
                            None => {
                                let key = k.clone();
                                self.advance(&mut st);
                                return Probe::Slow {
                                    slot: idx,
                                    key,
                                    state: st,
                                };
                            }
                        }
                    }
                }
            }
            self.advance(&mut st);
        }
    }

    pub fn insert_at(&mut self, slot: usize, hash: i64, key: Value) {
        if matches!(self.slots[slot], Slot::Empty) {
            self.fill += 1;
        }
        self.slots[slot] = Slot::Full(hash, key);
        self.used += 1;
        self.version += 1;
        if self.fill * 5 >= (self.slots.len() - 1) * 3 {
            let target = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(target);
        }
    }

    /// Inserts a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value) {
        let mut st = self.start(hash);
        loop {
            let idx = st.i + st.j;
            if matches!(self.slots[idx], Slot::Empty) {
                self.insert_at(idx, hash, key);
                return;
            }
            self.advance(&mut st);
        }
    }

    /// Adds every key of `other` when that needs no equality test, laying them out as
    /// CPython's set merge does (so iteration order matches): into an empty table, by
    /// copying the slots of an equally sized table or by clean insertion in `other`'s
    /// order. Returns false, having only presized the table, when `self` already has
    /// entries; the caller then adds `other`'s keys one by one in table order.
    pub fn merge(&mut self, other: &SetTable) -> bool {
        let mask = self.slots.len() - 1;
        if (self.fill + other.used) * 5 >= mask * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill != 0 {
            return false;
        }
        self.version += 1;
        if self.slots.len() == other.slots.len() && other.fill == other.used {
            for (dst, src) in self.slots.iter_mut().zip(&other.slots) {
                if let Slot::Full(h, k) = src {
                    *dst = Slot::Full(*h, k.clone());
                }
            }
        } else {
            for (h, k) in other.iter() {
                self.place_clean(h, k.clone());
            }
        }
        self.fill = other.used;
        self.used = other.used;
        true
    }

    /// Grows the table ahead of adding about `n` keys (CPython presizes before adding the
    /// keys of a dict).
    pub fn presize(&mut self, n: usize) {
        let mask = self.slots.len() - 1;
        if (self.fill + n) * 5 >= mask * 3 {
            self.resize((self.used + n) * 2);
        }
    }

    /// Puts a key known to be absent into the first empty slot of its probe sequence,
    /// without counting it or growing the table.
    fn place_clean(&mut self, h: i64, k: Value) {
        let mut st = self.start(h);
        loop {
            let idx = st.i + st.j;
            if matches!(self.slots[idx], Slot::Empty) {
                self.slots[idx] = Slot::Full(h, k);
                return;
            }
            self.advance(&mut st);
        }
    }

    fn resize(&mut self, min: usize) {
        let mut size = 8;
        while size <= min {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, (0..size).map(|_| Slot::Empty).collect());
        self.fill = 0;
        self.used = 0;
        for s in old {
            if let Slot::Full(h, k) = s {
                self.place_clean(h, k);
                self.fill += 1;
                self.used += 1;
            }
        }
        self.version += 1;
    }

    /// Removes and returns an element: the first one at or after the finger (wrapping).
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = self.finger & mask;
        while !matches!(self.slots[i], Slot::Full(..)) {
            i = (i + 1) & mask;
        }
        self.finger = i + 1;
        Some(self.remove_at(i))
    }

    pub fn remove_at(&mut self, slot: usize) -> Value {
        let old = std::mem::replace(&mut self.slots[slot], Slot::Dummy);
        self.used -= 1;
        self.version += 1;
        match old {
            Slot::Full(_, k) => k,
            _ => unreachable!("removing a non-full slot"),
        }
    }

    pub fn clear(&mut self) {
        let v = self.version + 1;
        *self = SetTable::default();
        self.version = v;
    }

    pub fn iter(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.slots.iter().filter_map(|s| {
            if let Slot::Full(h, k) = s {
                Some((*h, k))
            } else {
                None
            }
        })
    }
}
