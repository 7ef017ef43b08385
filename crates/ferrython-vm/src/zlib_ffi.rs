//! The zlib C library (through `libz-sys`) behind a safe interface: checksums and deflate /
//! inflate streams. This module owns the `z_stream` memory (boxed, so it never moves after
//! initialisation, as zlib requires) and is allowed `unsafe` for the library calls alone.
#![allow(unsafe_code)]

use std::ffi::{CStr, c_int, c_uint, c_void};

use libz_sys as z;

unsafe extern "C" {
    fn calloc(n: usize, size: usize) -> *mut c_void;
    fn free(p: *mut c_void);
}

unsafe extern "C" fn zalloc(_opaque: z::voidpf, items: z::uInt, size: z::uInt) -> z::voidpf {
    // SAFETY: calloc accepts any sizes and returns null on failure, which zlib handles.
    unsafe { calloc(items as usize, size as usize) }
}

unsafe extern "C" fn zfree(_opaque: z::voidpf, p: z::voidpf) {
    // SAFETY: zlib frees only what `zalloc` returned.
    unsafe { free(p) }
}

/// A zlib failure: the library's code and message.
pub struct ZError {
    pub code: i32,
    pub msg: String,
}

pub const Z_NO_FLUSH: i32 = z::Z_NO_FLUSH;
pub const Z_FINISH: i32 = z::Z_FINISH;

fn new_stream() -> Box<z::z_stream> {
    Box::new(z::z_stream {
        next_in: std::ptr::null_mut(),
        avail_in: 0,
        total_in: 0,
        next_out: std::ptr::null_mut(),
        avail_out: 0,
        total_out: 0,
        msg: std::ptr::null_mut(),
        state: std::ptr::null_mut(),
        zalloc,
        zfree,
        opaque: std::ptr::null_mut(),
        data_type: 0,
        adler: 0,
        reserved: 0,
    })
}

pub fn version() -> String {
    // SAFETY: zlibVersion returns a static NUL-terminated string.
    unsafe { CStr::from_ptr(z::zlibVersion()) }
        .to_string_lossy()
        .into_owned()
}

pub fn crc32(start: u32, data: &[u8]) -> u32 {
    let mut c = start as z::uLong;
    for chunk in data.chunks(c_uint::MAX as usize) {
        // SAFETY: the pointer and length describe a live slice.
        c = unsafe { z::crc32(c, chunk.as_ptr(), chunk.len() as z::uInt) };
    }
    c as u32
}

pub fn adler32(start: u32, data: &[u8]) -> u32 {
    let mut c = start as z::uLong;
    for chunk in data.chunks(c_uint::MAX as usize) {
        // SAFETY: the pointer and length describe a live slice.
        c = unsafe { z::adler32(c, chunk.as_ptr(), chunk.len() as z::uInt) };
    }
    c as u32
}

/// An initialised deflate or inflate stream.
pub struct Stream {
    s: Box<z::z_stream>,
    deflate: bool,
    /// An inflate stream with a zlib header: the dictionary to give when it asks for one.
    pending_dict: Option<Vec<u8>>,
    raw: bool,
}

/// What one inflate call produced.
pub struct Inflated {
    pub out: Vec<u8>,
    /// Input bytes consumed.
    pub used: usize,
    /// The end of the compressed stream was reached.
    pub end: bool,
}

impl Stream {
    fn error(&self, code: c_int) -> ZError {
        let msg = if self.s.msg.is_null() {
            match code {
                z::Z_BUF_ERROR => "incomplete or truncated stream".to_string(),
                z::Z_STREAM_ERROR => "inconsistent stream state".to_string(),
                z::Z_DATA_ERROR => "invalid input data".to_string(),
                z::Z_MEM_ERROR => "insufficient memory".to_string(),
                _ => "library error".to_string(),
            }
        } else {
            // SAFETY: a non-null msg is a static NUL-terminated string set by zlib.
            unsafe { CStr::from_ptr(self.s.msg) }
                .to_string_lossy()
                .into_owned()
        };
        ZError { code, msg }
    }

    pub fn deflater(
        level: i32,
        method: i32,
        wbits: i32,
        mem_level: i32,
        strategy: i32,
    ) -> Result<Stream, i32> {
        let mut s = new_stream();
        // SAFETY: `s` is a fresh boxed stream with valid allocators; zlib initialises it.
        let r = unsafe {
            z::deflateInit2_(
                &mut *s,
                level,
                method,
                wbits,
                mem_level,
                strategy,
                z::zlibVersion(),
                std::mem::size_of::<z::z_stream>() as c_int,
            )
        };
        if r != z::Z_OK {
            return Err(r);
        }
        Ok(Stream {
            s,
            deflate: true,
            pending_dict: None,
            raw: wbits < 0,
        })
    }

    pub fn inflater(wbits: i32) -> Result<Stream, i32> {
        let mut s = new_stream();
        // SAFETY: as for `deflater`.
        let r = unsafe {
            z::inflateInit2_(
                &mut *s,
                wbits,
                z::zlibVersion(),
                std::mem::size_of::<z::z_stream>() as c_int,
            )
        };
        if r != z::Z_OK {
            return Err(r);
        }
        Ok(Stream {
            s,
            deflate: false,
            pending_dict: None,
            raw: wbits < 0,
        })
    }

    pub fn set_dictionary(&mut self, dict: &[u8]) -> Result<(), ZError> {
        if !self.deflate && !self.raw {
            // A zlib stream names its dictionary in its header: given when asked for.
            self.pending_dict = Some(dict.to_vec());
            return Ok(());
        }
        // SAFETY: the stream is initialised; zlib copies the dictionary.
        let r = unsafe {
            if self.deflate {
                z::deflateSetDictionary(&mut *self.s, dict.as_ptr(), dict.len() as z::uInt)
            } else {
                z::inflateSetDictionary(&mut *self.s, dict.as_ptr(), dict.len() as z::uInt)
            }
        };
        if r != z::Z_OK {
            return Err(self.error(r));
        }
        Ok(())
    }

    /// Compresses `input` (all of it) with flush mode `flush`; the output produced.
    pub fn deflate(&mut self, input: &[u8], flush: i32) -> Result<Vec<u8>, ZError> {
        let mut out = Vec::new();
        let mut chunk = vec![0u8; 16384];
        let mut rest = input;
        loop {
            let take = rest.len().min(c_uint::MAX as usize);
            self.s.next_in = rest.as_ptr() as *mut u8;
            self.s.avail_in = take as c_uint;
            let last = take == rest.len();
            let mode = if last { flush } else { z::Z_NO_FLUSH };
            loop {
                self.s.next_out = chunk.as_mut_ptr();
                self.s.avail_out = chunk.len() as c_uint;
                // SAFETY: next_in/next_out point into live buffers of the stated sizes.
                let r = unsafe { z::deflate(&mut *self.s, mode) };
                if r == z::Z_STREAM_ERROR {
                    return Err(self.error(r));
                }
                let produced = chunk.len() - self.s.avail_out as usize;
                out.extend_from_slice(&chunk[..produced]);
                if r == z::Z_STREAM_END || (self.s.avail_out != 0 && self.s.avail_in == 0) {
                    break;
                }
            }
            rest = &rest[take..];
            if last {
                break;
            }
        }
        self.s.next_in = std::ptr::null_mut();
        Ok(out)
    }

    /// Decompresses from `input` until it is used up, the stream ends, or `max_out` bytes
    /// (0: no limit) have been produced.
    pub fn inflate(&mut self, input: &[u8], max_out: usize) -> Result<Inflated, ZError> {
        let mut out = Vec::new();
        let mut chunk = vec![0u8; 16384];
        let take = input.len().min(c_uint::MAX as usize);
        self.s.next_in = input.as_ptr() as *mut u8;
        self.s.avail_in = take as c_uint;
        let mut end = false;
        loop {
            let room = if max_out > 0 {
                (max_out - out.len()).min(chunk.len())
            } else {
                chunk.len()
            };
            if room == 0 {
                break;
            }
            self.s.next_out = chunk.as_mut_ptr();
            self.s.avail_out = room as c_uint;
            // SAFETY: next_in/next_out point into live buffers of the stated sizes.
            let r = unsafe { z::inflate(&mut *self.s, z::Z_SYNC_FLUSH) };
            let produced = room - self.s.avail_out as usize;
            out.extend_from_slice(&chunk[..produced]);
            match r {
                z::Z_STREAM_END => {
                    end = true;
                    break;
                }
                z::Z_OK => {
                    if self.s.avail_in == 0 && self.s.avail_out != 0 {
                        break;
                    }
                }
                z::Z_NEED_DICT if self.pending_dict.is_some() => {
                    let d = self.pending_dict.take().unwrap_or_default();
                    // SAFETY: the stream is initialised; zlib copies the dictionary.
                    let r = unsafe {
                        z::inflateSetDictionary(&mut *self.s, d.as_ptr(), d.len() as z::uInt)
                    };
                    if r != z::Z_OK {
                        return Err(self.error(r));
                    }
                }
                // No progress possible: all input used (or output full).
                z::Z_BUF_ERROR if produced == 0 => break,
                z::Z_BUF_ERROR => {}
                _ => return Err(self.error(r)),
            }
        }
        let used = take - self.s.avail_in as usize;
        self.s.next_in = std::ptr::null_mut();
        Ok(Inflated { out, used, end })
    }

    pub fn copy(&mut self) -> Result<Stream, ZError> {
        let mut s = new_stream();
        // SAFETY: `self.s` is initialised; the copy gets its own state in a fresh box.
        let r = unsafe {
            if self.deflate {
                z::deflateCopy(&mut *s, &mut *self.s)
            } else {
                z::inflateCopy(&mut *s, &mut *self.s)
            }
        };
        if r != z::Z_OK {
            return Err(self.error(r));
        }
        Ok(Stream {
            s,
            deflate: self.deflate,
            pending_dict: self.pending_dict.clone(),
            raw: self.raw,
        })
    }
}

impl Drop for Stream {
    fn drop(&mut self) {
        // SAFETY: the stream was initialised by the matching init call and is ended once.
        unsafe {
            if self.deflate {
                z::deflateEnd(&mut *self.s);
            } else {
                z::inflateEnd(&mut *self.s);
            }
        }
    }
}
