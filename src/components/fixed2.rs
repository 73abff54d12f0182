//! Numbers with two decimals for the CSS custom properties of the timeline and its
//! overview (`--x:12.50`), without core's float formatting.
//!
//! `format!("{:.2}", x)` pulls in core's `flt2dec` (Grisu with a Dragon fallback and
//! its bignums): about 16 KB of the reader's wasm, 7 KB brotli, for positions that
//! only need hundredths. [`Fixed2`] rounds to hundredths (ties to even, as `{:.2}`
//! does) and writes the integer parts.

use std::fmt;

/// `x` with two decimals: `Fixed2(12.5)` writes `12.50`, `Fixed2(-0.004)` writes
/// `0.00`. A value that is not finite writes `0.00` (the positions never are).
/// Rounding is done on `x * 100`, so a value within a rounding error of a tie
/// (`0.005`, stored as 0.005000000000000000104) may end one hundredth apart from
/// `{:.2}` (`0.00`, not `0.01`): invisible in a position.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Fixed2(pub f64);

impl fmt::Display for Fixed2 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `as` saturates, and NaN becomes 0.
        let hundredths = (self.0 * 100.0).round_ties_even() as i64;
        let sign = if hundredths < 0 { "-" } else { "" };
        let abs = hundredths.unsigned_abs();
        write!(f, "{sign}{}.{:02}", abs / 100, abs % 100)
    }
}

#[cfg(test)]
mod tests {
    use super::Fixed2;

    #[test]
    fn writes_what_format_precision_two_writes() {
        // Positions as the timeline computes them: fractions of a length, in percent.
        for total in 1..=400_u32 {
            for part in 0..=total {
                let x = f64::from(part) * 100.0 / f64::from(total);
                assert_eq!(Fixed2(x).to_string(), format!("{x:.2}"), "{part}/{total}");
                assert_eq!(
                    Fixed2(-x).to_string(),
                    format!("{:.2}", -x).replace("-0.00", "0.00")
                );
            }
        }
        // Exact ties round to even, as `{:.2}` does.
        for x in [0.0, 0.125, 0.375, 1.0, 12.5, 1234.567, 1e6] {
            assert_eq!(Fixed2(x).to_string(), format!("{x:.2}"), "{x}");
        }
    }

    #[test]
    fn writes_zero_for_what_is_not_finite() {
        assert_eq!(Fixed2(f64::NAN).to_string(), "0.00");
        assert_eq!(Fixed2(-0.0).to_string(), "0.00");
    }
}
