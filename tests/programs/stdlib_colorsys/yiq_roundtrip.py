# RGB <-> YIQ conversions: exact float results and clipping on the way back.
import colorsys

samples = [
    (0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0),
    (0.0, 0.0, 1.0), (0.5, 0.5, 0.5), (0.2, 0.4, 0.6), (0.9, 0.1, 0.3),
    (0.25, 0.75, 0.125), (1 / 3, 2 / 3, 1 / 7), (0, 1, 0), (1, 1, 1),
]
for rgb in samples:
    yiq = colorsys.rgb_to_yiq(*rgb)
    back = colorsys.yiq_to_rgb(*yiq)
    print(rgb, '->', yiq, '->', back)

print('clipping:')
for yiq in [(1.0, 1.0, 1.0), (0.0, -1.0, -1.0), (0.5, 0.6, -0.6), (2, 0, 0),
            (-1, 0, 0), (0.3, 0.599, 0.213), (0.5, 0, 0), (1, 0, 0)]:
    print(yiq, colorsys.yiq_to_rgb(*yiq))

# integer inputs stay usable
print(colorsys.rgb_to_yiq(1, 0, 1))
print(colorsys.yiq_to_rgb(0, 0, 0))
