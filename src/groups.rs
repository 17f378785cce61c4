//! How many records each group has (`for-each-group` rules), in memory that does not grow with
//! the tenant: a tenant has millions of users.
//!
//! Groups live in a hash table of 8 bytes a group (its count, and where its key is in an arena)
//! plus the key once. The table is found by the hash of the lowercased key and compares the keys
//! themselves, so counts are exact. When the table is full (at [`RESIDENT_GROUPS`] groups) it
//! stops growing: the groups in it go on counting in memory, and the records of any other group
//! are written to one of [`PARTS`] temporary files chosen by the key's hash. At the end each file
//! is counted on its own, in a table of its share of the groups. This is a hash aggregation that
//! spills, as databases do: a group is in exactly one place, its records keep their file order
//! (the key shown is the first record's), and memory is the resident table, the arena and a
//! buffer per file, whatever the number of groups.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Seek, Write};

/// The resident table's size limit in groups: 2^20 buckets, filled to 7/8 (9 MiB of table,
/// about 25 MiB of keys).
pub const RESIDENT_GROUPS: usize = (1 << 20) / 8 * 7;

/// A group's key (the first record's), read when asked for.
pub enum GroupKey<'a> {
    Stored(&'a [Vec<u8>], u32),
    Str(&'a str),
}

impl GroupKey<'_> {
    pub fn get(&self) -> &str {
        match self {
            GroupKey::Stored(arena, offset) => GroupCounts::stored_str(arena, *offset),
            GroupKey::Str(s) => s,
        }
    }
}

/// Temporary files the groups beyond the table are spread over, by hash.
const PARTS: usize = 64;

/// Keys are stored in chunks of this size (a chunk is never reallocated: growing costs no copy).
const ARENA_CHUNK: usize = 1 << 20;

#[derive(Default)]
pub struct GroupCounts {
    table: hashbrown::HashTable<(u32, u32)>,
    /// The keys, each after its length (2 bytes), in chunks of [`ARENA_CHUNK`] bytes.
    arena: Vec<Vec<u8>>,
    /// Keys over 64 KiB and counts over `u32::MAX`, counted exactly in a map.
    exact: HashMap<String, (u64, String)>,
    /// Where the records of groups that are not resident go, once the table is full.
    spill: Option<Spill>,
    /// The resident table's limit (`None`: none; a spilled part is counted without one).
    limit: Option<usize>,
}

struct Spill {
    parts: Vec<BufWriter<File>>,
}

impl GroupCounts {
    /// Counts with the resident table limited to `limit` groups (the rest spills to disk).
    pub fn with_limit(limit: usize) -> GroupCounts {
        GroupCounts {
            limit: Some(limit),
            ..GroupCounts::default()
        }
    }

    /// The key groups compare by: lowercased.
    pub fn lower(key: &str) -> std::borrow::Cow<'_, str> {
        if key.bytes().any(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
            key.to_lowercase().into()
        } else {
            key.into()
        }
    }

    /// The hash of a lowercased key. Fixed: the same on every run, so nothing depends on a
    /// random seed.
    pub fn hash(lower: &str) -> u64 {
        use std::hash::BuildHasher;
        rustc_hash::FxBuildHasher.hash_one(lower)
    }

    /// The key stored at `offset` of the arena (chunk number × chunk size + position), as the
    /// bytes of the `str` it was stored from.
    fn stored(arena: &[Vec<u8>], offset: u32) -> &[u8] {
        let chunk = &arena[offset as usize / ARENA_CHUNK];
        let at = offset as usize % ARENA_CHUNK;
        let len = u16::from_le_bytes([chunk[at], chunk[at + 1]]) as usize;
        &chunk[at + 2..at + 2 + len]
    }

    fn stored_str(arena: &[Vec<u8>], offset: u32) -> &str {
        std::str::from_utf8(Self::stored(arena, offset)).expect("stored from a str")
    }

    /// Stores a key (at most `u16::MAX` bytes) and says where, or `None` when the arena is full.
    fn store(&mut self, key: &str) -> Option<u32> {
        let need = key.len() + 2;
        if self
            .arena
            .last()
            .is_none_or(|c| c.len() + need > ARENA_CHUNK)
        {
            if (self.arena.len() + 1) * ARENA_CHUNK > u32::MAX as usize {
                return None;
            }
            self.arena.push(Vec::with_capacity(ARENA_CHUNK));
        }
        let n = self.arena.len() - 1;
        let chunk = &mut self.arena[n];
        let offset = (n * ARENA_CHUNK + chunk.len()) as u32;
        chunk.extend_from_slice(&(key.len() as u16).to_le_bytes());
        chunk.extend_from_slice(key.as_bytes());
        Some(offset)
    }

    /// Whether a stored key (the bytes of a `str`) and `b` are the same group.
    fn same_key(a: &[u8], b: &str) -> bool {
        if a.is_ascii() && b.is_ascii() {
            a.eq_ignore_ascii_case(b.as_bytes())
        } else {
            std::str::from_utf8(a).is_ok_and(|a| a.to_lowercase() == b.to_lowercase())
        }
    }

    /// Counts one record of the group `key`, whose lowercased form hashes to `h`. Fails only
    /// when a temporary file cannot be written.
    pub fn add(&mut self, key: &str, h: u64) -> std::io::Result<()> {
        if !self.exact.is_empty()
            && let Some(e) = self.exact.get_mut(Self::lower(key).as_ref())
        {
            e.0 += 1;
            return Ok(());
        }
        let arena = &self.arena;
        if let Some((count, _)) = self
            .table
            .find_mut(h, |&(_, at)| Self::same_key(Self::stored(arena, at), key))
        {
            if *count < u32::MAX {
                *count += 1;
                return Ok(());
            }
        } else if key.len() <= u16::MAX as usize {
            if let Some(limit) = self.limit {
                if self.table.len() >= limit {
                    return self.spill(key, h);
                }
                // The whole resident table at once (its untouched pages cost nothing): growing
                // it would rehash every key, reading each back from the arena, while the
                // records wait.
                if self.table.capacity() == 0 {
                    self.table
                        .reserve(limit, |_| unreachable!("the table is empty"));
                }
            }
            if let Some(offset) = self.store(key) {
                let arena = &self.arena;
                self.table.insert_unique(h, (1, offset), |&(_, at)| {
                    Self::hash(&Self::lower(Self::stored_str(arena, at)))
                });
                return Ok(());
            }
        }
        // An enormous key or count: keep this group exactly.
        self.exact
            .entry(Self::lower(key).into_owned())
            .or_insert_with(|| (0, key.to_string()))
            .0 += 1;
        Ok(())
    }

    /// Writes a record of a group that is not resident to its part.
    fn spill(&mut self, key: &str, h: u64) -> std::io::Result<()> {
        if self.spill.is_none() {
            let parts = (0..PARTS)
                .map(|_| tempfile::tempfile().map(|f| BufWriter::with_capacity(16 << 10, f)))
                .collect::<std::io::Result<_>>()?;
            self.spill = Some(Spill { parts });
        }
        let spill = self.spill.as_mut().expect("made above");
        // Bits the tables do not use (buckets use the low ones, tags the top seven).
        let part = &mut spill.parts[(h >> 40) as usize % PARTS];
        part.write_all(&(key.len() as u16).to_le_bytes())?;
        part.write_all(key.as_bytes())
    }

    /// Every group: (the first record's key, count). Fails only when a temporary file cannot be
    /// read back.
    pub fn for_each(self, f: &mut dyn FnMut(GroupKey<'_>, u64)) -> std::io::Result<()> {
        for &(count, offset) in &self.table {
            f(GroupKey::Stored(&self.arena, offset), count as u64);
        }
        for (count, key) in self.exact.values() {
            f(GroupKey::Str(key), *count);
        }
        let Some(spill) = self.spill else {
            return Ok(());
        };
        drop(self.table);
        drop(self.arena);
        for part in spill.parts {
            let mut file = part.into_inner().map_err(|e| e.into_error())?;
            file.rewind()?;
            let mut reader = BufReader::with_capacity(64 << 10, file);
            let mut counts = GroupCounts::default();
            let mut len = [0u8; 2];
            let mut key = Vec::new();
            loop {
                match reader.read_exact(&mut len) {
                    Ok(()) => {}
                    Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => break,
                    Err(e) => return Err(e),
                }
                key.resize(u16::from_le_bytes(len) as usize, 0);
                reader.read_exact(&mut key)?;
                let key = std::str::from_utf8(&key).map_err(std::io::Error::other)?;
                counts.add(key, Self::hash(&Self::lower(key)))?;
            }
            counts.for_each(f)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counted(mut groups: GroupCounts, keys: &[&str]) -> Vec<(String, u64)> {
        for k in keys {
            groups
                .add(k, GroupCounts::hash(&GroupCounts::lower(k)))
                .unwrap();
        }
        let mut out = Vec::new();
        groups
            .for_each(&mut |k, n| out.push((k.get().to_string(), n)))
            .unwrap();
        out.sort();
        out
    }

    /// A table limited to a few groups spills the rest and still counts every group exactly,
    /// case-insensitively, showing each group's first key.
    #[test]
    fn spilled_groups_count_like_resident_ones() {
        let mut keys = Vec::new();
        for round in 0..5 {
            for u in 0..300 {
                if u % (round + 1) == 0 {
                    keys.push(if round == 0 && u % 7 == 0 {
                        format!("User{u}@Contoso.com")
                    } else {
                        format!("user{u}@contoso.com")
                    });
                }
            }
        }
        let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        let all = counted(GroupCounts::default(), &keys);
        let limited = counted(GroupCounts::with_limit(10), &keys);
        assert_eq!(all.len(), 300);
        assert_eq!(limited, all);
        assert!(all.contains(&("User0@Contoso.com".to_string(), 5)));
        assert!(all.contains(&("user1@contoso.com".to_string(), 1)));
    }
}
