import { describe, expect, test } from 'vitest';
import { bestPageTitle, withoutSiteName } from '../../src/core/page-title';

describe('withoutSiteName, on real tab titles', () => {
  test.each([
    ['Why we moved our CI to Nix | LinkedIn', 'https://www.linkedin.com/pulse/why-we-moved-ci-nix-ann', '', 'Why we moved our CI to Nix'],
    ['GitHub - astral-sh/uv: An extremely fast Python package manager.', 'https://github.com/astral-sh/uv', '',
      'astral-sh/uv: An extremely fast Python package manager.'],
    ['Kubernetes 1.35 drops cgroup v1 - The New Stack', 'https://thenewstack.io/k8s-135/', '', 'Kubernetes 1.35 drops cgroup v1'],
    ['Rust in the kernel, two years on | by Ann Lee | Medium', 'https://medium.com/@ann/rust-kernel', '', 'Rust in the kernel, two years on'],
    ['How do I undo a commit? - Stack Overflow', 'https://stackoverflow.com/questions/927358', '', 'How do I undo a commit?'],
    ['Les JO coûteront plus cher que prévu - Le Monde.fr', 'https://www.lemonde.fr/sport/article.html', '', 'Les JO coûteront plus cher que prévu'],
    ['Writing a parser in 200 lines - DEV Community', 'https://dev.to/ann/parser', '', 'Writing a parser in 200 lines'],
    ['Faster builds with Turbopack – Vercel', 'https://vercel.com/blog/turbopack', '', 'Faster builds with Turbopack'],
    ['Sécurité : ce qui change en 2026 — Numerama', 'https://www.numerama.com/tech/2026.html', '', 'Sécurité : ce qui change en 2026'],
    ['Big news about the release · Discussion #42 · acme/tool · GitHub', 'https://github.com/acme/tool/discussions/42', '',
      'Big news about the release · Discussion #42 · acme/tool'],
    ['Release notes | Acme Docs', 'https://docs.acme.dev/release-notes', 'Acme Docs', 'Release notes'],
    ['The state of WebGPU » Ann’s blog', 'https://ann.example/webgpu', 'Ann’s blog', 'The state of WebGPU'],
  ])('%s', (title, url, siteName, expected) => {
    expect(withoutSiteName(title, url, siteName)).toBe(expected);
  });

  test('a title that is only the site’s name stays', () => {
    expect(withoutSiteName('LinkedIn', 'https://www.linkedin.com/feed/')).toBe('LinkedIn');
  });
  test('a segment of the title that is not the site stays, dashes and colons included', () => {
    expect(withoutSiteName('Part 1 - Getting started - A guide to Rust', 'https://blog.example.com/rust')).toBe('Part 1 - Getting started - A guide to Rust');
    expect(withoutSiteName('Python : le guide', 'https://python.org/fr')).toBe('Python : le guide');
  });
  test('a hyphenated word is not a separator', () => {
    expect(withoutSiteName('Self-hosting-Github runners', 'https://github.com/x')).toBe('Self-hosting-Github runners');
  });
  test('a long last segment is part of the title even when it mentions the site', () => {
    expect(withoutSiteName('Notes - what I learned running GitHub Actions at scale for years', 'https://github.com/x'))
      .toBe('Notes - what I learned running GitHub Actions at scale for years');
  });
});

describe('bestPageTitle', () => {
  test('og:title is preferred over a suffixed tab title', () => {
    expect(bestPageTitle({
      tabTitle: 'Ann Lee on LinkedIn: We moved our CI to Nix. Here is what broke | 14 comments',
      ogTitle: 'We moved our CI to Nix. Here is what broke',
      siteName: '',
      url: 'https://www.linkedin.com/posts/ann_ci-nix',
    })).toBe('We moved our CI to Nix. Here is what broke');
  });
  test('og:title loses its site name too', () => {
    expect(bestPageTitle({ tabTitle: 'x', ogTitle: 'Kubernetes 1.35 - The New Stack', siteName: 'The New Stack', url: 'https://thenewstack.io/a' }))
      .toBe('Kubernetes 1.35');
  });
  test('the tab title is used when there is no og:title', () => {
    expect(bestPageTitle({ tabTitle: 'Kubernetes 1.35 - The New Stack', ogTitle: '', siteName: '', url: 'https://thenewstack.io/a' }))
      .toBe('Kubernetes 1.35');
  });
  test('an og:title that is only the site’s name gives way to the tab title', () => {
    expect(bestPageTitle({ tabTitle: 'Pricing | Acme', ogTitle: 'Acme', siteName: 'Acme', url: 'https://acme.dev/pricing' }))
      .toBe('Pricing');
  });
  test('with nothing at all, nothing', () => {
    expect(bestPageTitle({ tabTitle: '', ogTitle: '', siteName: '', url: 'https://a.example/' })).toBe('');
  });
});
