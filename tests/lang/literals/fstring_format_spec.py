# f-strings with format specifications.
x = 42
y = 3.14159
n = 1234567
s = "ab"
print(f"[{x:>5}]")
print(f"[{x:<5}]")
print(f"[{x:^5}]")
print(f"[{x:05}]")
print(f"[{x:*^9}]")
print(f"[{y:.3f}]")
print(f"[{y:10.2f}]")
print(f"[{y:<10.1f}]")
print(f"[{n:,}]")
print(f"[{n:_}]")
print(f"[{-n:,}]")
print(f"[{x:x}] [{x:X}] [{x:o}] [{x:b}]")
print(f"[{x:#x}] [{x:#o}] [{x:#b}]")
print(f"[{x:+}] [{-x:+}] [{x: }]")
print(f"[{s:>6}] [{s:<6}] [{s:^6}] [{s:-^6}]")
print(f"[{y:e}] [{y:.2e}]")
print(f"[{0.5:%}] [{0.125:.1%}]")
print(f"[{1e20:.0f}]")
print(f"[{n:>12,}]")
w = 8
print(f"[{x:>{w}}]")
print(f"[{y:.{2}f}]")
print(f"[{x!r:>6}] [{s!r:>6}]")
print(f"[{2.0:g}] [{1e-7:g}] [{123456789.0:g}]")
print(f"[{True:>6}]")
