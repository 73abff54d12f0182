//! The browser side of [`crate::browser`].

pub mod dom;
pub mod fetch;
pub mod host;
mod mount;
mod panic;
