// The brand mark: a mic with a tick, the same drawing as app/icon.svg.
export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="var(--accent)" />
      <rect x="11.5" y="6" width="9" height="13" rx="4.5" fill="var(--accent-text)" />
      <path
        d="M8.5 15.5a7.5 7.5 0 0 0 15 0M16 23v3.5"
        fill="none"
        stroke="var(--accent-text)"
        strokeWidth="2.2"
        strokeLinecap="round"
      />
      <circle cx="24.5" cy="24.5" r="5.5" fill="var(--success)" stroke="var(--bg)" strokeWidth="1.5" />
      <path
        d="m22 24.6 1.7 1.7 3.1-3.2"
        fill="none"
        stroke="#fff"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
