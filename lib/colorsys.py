"""Conversions between RGB and three other colour coordinate systems.

Every coordinate lies in [0, 1] (YIQ's I and Q may be negative):

* YIQ, the NTSC television encoding (luma Y plus two chroma axes);
* HLS, hue / lightness / saturation;
* HSV, hue / saturation / value.

The functions take three numbers and return a 3-tuple.  Hues are
fractions of a full turn, so 0.0 and 1.0 both mean red.
"""

__all__ = ["rgb_to_yiq", "yiq_to_rgb", "rgb_to_hls", "hls_to_rgb",
           "rgb_to_hsv", "hsv_to_rgb"]

# Hue fractions used by the HLS helpers (kept public for compatibility).
ONE_THIRD = 1.0 / 3.0
ONE_SIXTH = 1.0 / 6.0
TWO_THIRD = 2.0 / 3.0


# ---------------------------------------------------------------- YIQ
#
# Luma is the FCC weighting 0.30 R + 0.59 G + 0.11 B.  The chroma axes
# are rotations of the colour-difference signals R-Y and B-Y:
#     I = 0.74 (R-Y) - 0.27 (B-Y)
#     Q = 0.48 (R-Y) + 0.41 (B-Y)
# Inverting that 2x2 system (determinant 0.433) gives R-Y and B-Y back,
# and G follows from the luma equation.  The numeric coefficients below
# are those inverse-matrix entries.

_R_FROM_I = 0.9468822170900693     # 0.41 / 0.433
_R_FROM_Q = 0.6235565819861433     # 0.27 / 0.433
_G_FROM_I = 0.27478764629897834    # (0.30*0.41 - 0.11*0.48) / (0.59*0.433)
_G_FROM_Q = 0.6356910791873801     # (0.30*0.27 + 0.11*0.74) / (0.59*0.433)
_B_FROM_I = 1.1085450346420322     # 0.48 / 0.433
_B_FROM_Q = 1.7090069284064666     # 0.74 / 0.433


def rgb_to_yiq(r, g, b):
    luma = 0.30 * r + 0.59 * g + 0.11 * b
    r_diff = r - luma
    b_diff = b - luma
    return (luma,
            0.74 * r_diff - 0.27 * b_diff,
            0.48 * r_diff + 0.41 * b_diff)


def _unit(x):
    # Clip a channel into [0, 1].
    if x < 0.0:
        return 0.0
    if x > 1.0:
        return 1.0
    return x


def yiq_to_rgb(y, i, q):
    red = y + _R_FROM_I * i + _R_FROM_Q * q
    green = y - _G_FROM_I * i - _G_FROM_Q * q
    blue = y - _B_FROM_I * i + _B_FROM_Q * q
    return (_unit(red), _unit(green), _unit(blue))


# ------------------------------------------------------- hue helpers

def _hue(r, g, b, hi, spread):
    """Hue (as a fraction of a turn) of a non-grey colour whose largest
    channel is hi and whose max-min spread is spread."""
    # Distance of each channel below the maximum, relative to the spread.
    dr = (hi - r) / spread
    dg = (hi - g) / spread
    db = (hi - b) / spread
    if r == hi:
        sector = db - dg            # between magenta and yellow
    elif g == hi:
        sector = 2.0 + dr - db      # between yellow and cyan
    else:
        sector = 4.0 + dg - dr      # between cyan and magenta
    return (sector / 6.0) % 1.0


# ---------------------------------------------------------------- HLS

def rgb_to_hls(r, g, b):
    hi = max(r, g, b)
    lo = min(r, g, b)
    total = hi + lo
    spread = hi - lo
    lightness = total / 2.0
    if lo == hi:
        return 0.0, lightness, 0.0
    if lightness <= 0.5:
        sat = spread / total
    else:
        sat = spread / (2.0 - hi - lo)
    return _hue(r, g, b, hi, spread), lightness, sat


def _hls_channel(low, high, hue):
    # Piecewise-linear ramp of one channel around the hue circle.
    hue = hue % 1.0
    if hue < ONE_SIXTH:
        return low + (high - low) * hue * 6.0
    if hue < 0.5:
        return high
    if hue < TWO_THIRD:
        return low + (high - low) * (TWO_THIRD - hue) * 6.0
    return low


def hls_to_rgb(h, l, s):
    if s == 0.0:
        return l, l, l
    if l <= 0.5:
        high = l * (1.0 + s)
    else:
        high = l + s - (l * s)
    low = 2.0 * l - high
    return (_hls_channel(low, high, h + ONE_THIRD),
            _hls_channel(low, high, h),
            _hls_channel(low, high, h - ONE_THIRD))


# ---------------------------------------------------------------- HSV

def rgb_to_hsv(r, g, b):
    hi = max(r, g, b)
    lo = min(r, g, b)
    if lo == hi:
        return 0.0, 0.0, hi
    spread = hi - lo
    return _hue(r, g, b, hi, spread), spread / hi, hi


def hsv_to_rgb(h, s, v):
    if s == 0.0:
        return v, v, v
    scaled = h * 6.0
    sector = int(scaled)
    frac = scaled - sector
    flat = v * (1.0 - s)
    falling = v * (1.0 - s * frac)
    rising = v * (1.0 - s * (1.0 - frac))
    sector %= 6
    if sector == 0:
        return v, rising, flat
    if sector == 1:
        return falling, v, flat
    if sector == 2:
        return flat, v, rising
    if sector == 3:
        return flat, falling, v
    if sector == 4:
        return rising, flat, v
    return v, flat, falling
