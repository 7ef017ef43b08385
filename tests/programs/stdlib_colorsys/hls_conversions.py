# RGB <-> HLS, including greys, integer input and out-of-range values.
import colorsys

named = {
    'black': (0, 0, 0), 'white': (1, 1, 1), 'red': (1, 0, 0),
    'lime': (0, 1, 0), 'blue': (0, 0, 1), 'yellow': (1, 1, 0),
    'cyan': (0, 1, 1), 'magenta': (1, 0, 1), 'grey': (0.5, 0.5, 0.5),
    'orange': (1.0, 0.647, 0.0), 'navy': (0.0, 0.0, 0.502),
    'olive': (0.502, 0.502, 0.0), 'pink': (1.0, 0.753, 0.796),
}
for name in sorted(named):
    rgb = named[name]
    hls = colorsys.rgb_to_hls(*rgb)
    print(f'{name:8} {rgb} -> {hls} -> {colorsys.hls_to_rgb(*hls)}')

print('hls_to_rgb sweep:')
for h in (0.0, 1 / 6, 0.25, 1 / 3, 0.5, 2 / 3, 0.75, 5 / 6, 1.0, 1.25, -0.25):
    print(h, colorsys.hls_to_rgb(h, 0.5, 1.0), colorsys.hls_to_rgb(h, 0.25, 0.5),
          colorsys.hls_to_rgb(h, 0.8, 0.3))

print('saturation 0 keeps lightness as given:')
print(colorsys.hls_to_rgb(0.3, 0.4, 0.0), colorsys.hls_to_rgb(0.3, 1, 0))
print('outside the unit cube:')
print(colorsys.rgb_to_hls(2, 3, 4), colorsys.rgb_to_hls(-1, 0, 0.5))
for rgb in [(-1, 0, 1), (-1.0, 0.0, 1.0), (1, 2, 1), (1.0, 2.0, 1.0)]:
    try:
        print(colorsys.rgb_to_hls(*rgb))
    except ZeroDivisionError as e:
        print(rgb, type(e).__name__, e)
print(colorsys.hls_to_rgb(2.5, 0.5, 1), colorsys.hls_to_rgb(0.1, 1.5, 0.5))
