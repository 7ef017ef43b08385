//! The dict table: an open-addressing index of `i32` slots into a dense, insertion-ordered
//! entry array (the "compact dict" layout).
//!
//! Invariants: `indices.len()` is a power of two and at least 8; an index slot is `EMPTY`,
//! `DUMMY` (deleted) or the position of an entry; deleted entries become `None` and are
//! squeezed out on resize; `used` counts live entries; at most two thirds of the slots are
//! filled. Lookups never call Python: when a key needs Python-level `__eq__`, the probe stops
//! and returns `Probe::Slow` with enough state for the VM to compare outside any borrow and
//! then resume (or restart if the table changed meanwhile, detected through `version`).

use crate::value::Value;

pub const EMPTY: i32 = -1;
pub const DUMMY: i32 = -2;

pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

pub struct DictTable {
    indices: Vec<i32>,
    pub entries: Vec<Option<Entry>>,
    pub used: usize,
    fill: usize,
    /// Bumped on every insertion of a new key, deletion and resize.
    pub version: u64,
    /// Bit `hash % 64` is set for the hash of every key ever inserted since the last
    /// `clear`: a clear bit proves a key absent without probing (method-call caches).
    key_bits: u64,
    /// No live entry lies before this position (iteration starts here, so removing the
    /// first item again and again stays constant time).
    pub head: usize,
}

#[derive(Clone, Copy, Debug)]
pub struct ProbeState {
    i: usize,
    perturb: u64,
    free: Option<usize>,
}

pub enum Probe {
    Found {
        entry: usize,
    },
    Missing {
        slot: usize,
    },
    /// Entry `entry`'s key has the same hash but needs Python equality.
    Slow {
        entry: usize,
        key: Value,
        state: ProbeState,
    },
}

#[inline]
fn key_bit(hash: i64) -> u64 {
    1 << (hash as u64 & 63)
}

/// Equality decidable without running Python code: `Some(eq)` or `None` if `__eq__` must run.
#[inline]
pub fn fast_key_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    crate::ops::builtin_eq(a, b)
}

impl Default for DictTable {
    fn default() -> Self {
        DictTable::with_capacity(0)
    }
}

impl DictTable {
    pub fn with_capacity(n: usize) -> DictTable {
        let mut size = 8;
        while size * 2 < n * 3 {
            size *= 2;
        }
        DictTable {
            indices: vec![EMPTY; size],
            entries: Vec::new(),
            used: 0,
            fill: 0,
            version: 0,
            key_bits: 0,
            head: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    pub fn start(&self, hash: i64) -> ProbeState {
        let mask = self.indices.len() - 1;
        ProbeState {
            i: (hash as u64 as usize) & mask,
            perturb: hash as u64,
            free: None,
        }
    }

    /// Continues a probe for `key` from `st`.
    pub fn lookup_from(&self, hash: i64, key: &Value, mut st: ProbeState) -> Probe {
        let mask = self.indices.len() - 1;
        loop {
            let ix = self.indices[st.i];
            if ix == EMPTY {
                return Probe::Missing {
                    slot: st.free.unwrap_or(st.i),
                };
            }
            if ix == DUMMY {
                if st.free.is_none() {
                    st.free = Some(st.i);
                }
            } else {
                let e = self.entries[ix as usize].as_ref().expect("live entry");
                if e.hash == hash {
                    match fast_key_eq(&e.key, key) {
                        Some(true) => return Probe::Found { entry: ix as usize },
                        Some(false) => {}
                        None => {
                            let key = e.key.clone();
                            st.perturb >>= 5;
                            let next = ProbeState {
                                i: (st.i * 5 + st.perturb as usize + 1) & mask,
                                perturb: st.perturb,
                                free: st.free,
                            };
                            return Probe::Slow {
                                entry: ix as usize,
                                key,
                                state: next,
                            };
                        }
                    }
                }
            }
            st.perturb >>= 5;
            st.i = (st.i * 5 + st.perturb as usize + 1) & mask;
        }
    }

    /// Inserts a new key at `slot` (from `Probe::Missing`, with no mutation since).
    pub fn insert_at(&mut self, slot: usize, hash: i64, key: Value, value: Value) {
        if self.indices[slot] == EMPTY {
            self.fill += 1;
        }
        self.indices[slot] = self.entries.len() as i32;
        self.key_bits |= key_bit(hash);
        self.entries.push(Some(Entry { hash, key, value }));
        self.used += 1;
        self.version += 1;
        if self.fill * 3 >= self.indices.len() * 2 {
            self.resize(self.used * 3);
        }
    }

    /// Inserts a key known to be absent (e.g. when copying a dict).
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        let slot = self.free_slot(hash);
        self.insert_at(slot, hash, key, value);
    }

    fn free_slot(&self, hash: i64) -> usize {
        let mask = self.indices.len() - 1;
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        while self.indices[i] >= 0 {
            perturb >>= 5;
            i = (i * 5 + perturb as usize + 1) & mask;
        }
        i
    }

    fn resize(&mut self, min_used: usize) {
        let mut size = 8;
        while size * 2 <= min_used * 3 / 2 + 1 || size < 8 {
            size *= 2;
        }
        while size * 2 < self.used * 3 + 3 {
            size *= 2;
        }
        let entries: Vec<Option<Entry>> = std::mem::take(&mut self.entries)
            .into_iter()
            .filter(|e| e.is_some())
            .collect();
        self.indices = vec![EMPTY; size];
        self.fill = 0;
        self.head = 0;
        self.entries = Vec::with_capacity(entries.len());
        let mask = size - 1;
        for e in entries.into_iter().flatten() {
            let mut i = (e.hash as u64 as usize) & mask;
            let mut perturb = e.hash as u64;
            while self.indices[i] != EMPTY {
                perturb >>= 5;
                i = (i * 5 + perturb as usize + 1) & mask;
            }
            self.indices[i] = self.entries.len() as i32;
            self.entries.push(Some(e));
            self.fill += 1;
        }
        self.version += 1;
    }

    /// Removes entry `entry`, returning it.
    pub fn remove_entry(&mut self, entry: usize) -> Entry {
        let e = self.entries[entry].take().expect("live entry");
        // The index slot pointing at the entry lies on its hash's probe sequence.
        let mask = self.indices.len() - 1;
        let mut i = (e.hash as u64 as usize) & mask;
        let mut perturb = e.hash as u64;
        while self.indices[i] != entry as i32 {
            perturb >>= 5;
            i = (i * 5 + perturb as usize + 1) & mask;
        }
        let pos = i;
        self.indices[pos] = DUMMY;
        // Deleted entries at the end are dropped, so removing the last entry again and
        // again (popitem) stays constant time.
        while matches!(self.entries.last(), Some(None)) {
            self.entries.pop();
        }
        while self.head < self.entries.len() && self.entries[self.head].is_none() {
            self.head += 1;
        }
        self.head = self.head.min(self.entries.len());
        self.used -= 1;
        self.version += 1;
        if self.entries.len() > 16 && self.used * 4 < self.entries.len() {
            self.resize(self.used * 2);
        }
        e
    }

    pub fn clear(&mut self) {
        let version = self.version;
        *self = DictTable::default();
        self.version = version.wrapping_add(1);
    }

    /// False when no key with this hash can be present.
    #[inline]
    pub fn may_contain(&self, hash: i64) -> bool {
        self.key_bits & key_bit(hash) != 0
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// The `n`-th position of the entry array, for iterators that survive mutation checks.
    pub fn entry_at(&self, pos: usize) -> Option<&Option<Entry>> {
        self.entries.get(pos)
    }

    /// Fast lookup for keys that never need Python equality (e.g. interned names).
    pub fn get_fast(&self, hash: i64, key: &Value) -> Option<&Value> {
        match self.lookup_from(hash, key, self.start(hash)) {
            Probe::Found { entry } => self.entries[entry].as_ref().map(|e| &e.value),
            _ => None,
        }
    }

    /// The value of entry `idx` if that entry's key is `key` itself (inline caches).
    pub fn value_if_key(&self, idx: usize, key: &Value) -> Option<Value> {
        match self.entries.get(idx) {
            Some(Some(e)) if e.key.is(key) => Some(e.value.clone()),
            _ => None,
        }
    }

    /// Entry position of a str key (hashed probe; str keys never need Python equality).
    pub fn position_of_str(&self, key: &Value) -> Option<usize> {
        let hash = crate::ops::str_hash(key);
        match self.lookup_from(hash, key, self.start(hash)) {
            Probe::Found { entry } => Some(entry),
            _ => None,
        }
    }

    /// Index of the entry whose key is `key` itself.
    pub fn position_of_key(&self, key: &Value) -> Option<usize> {
        self.entries
            .iter()
            .position(|e| e.as_ref().is_some_and(|e| e.key.is(key)))
    }

    pub fn value_mut(&mut self, entry: usize) -> &mut Value {
        &mut self.entries[entry].as_mut().expect("live entry").value
    }
}
