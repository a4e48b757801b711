import { describe, expect, test } from 'vitest';
import { imagePath, issueImageUrls, withLocalImages } from '../../src/core/issue-images';

const FILE = `---
layout: post
title: "Images: all of them"
image: https://cdn.example.org/og.png?w=1200
---

## A featured pick

![](https://example.org/featured.jpg)

[![](https://sponsor.example/banner.png)](https://sponsor.example/)

A [link to a page](https://example.org/page.png) and ![again](<https://example.org/featured.jpg> "twice").
`;

describe('issue images', () => {
  test('found in the front matter and the body, once each, links left alone', () => {
    expect(issueImageUrls(FILE)).toEqual([
      'https://cdn.example.org/og.png?w=1200',
      'https://example.org/featured.jpg',
      'https://sponsor.example/banner.png',
    ]);
  });

  test('pointed at their committed files, everything else byte for byte', () => {
    const paths = new Map([
      ['https://cdn.example.org/og.png?w=1200', 'assets/img/2025-11-12-x-1.png'],
      ['https://example.org/featured.jpg', 'assets/img/2025-11-12-x-2.jpg'],
    ]);
    expect(withLocalImages(FILE, paths)).toBe(FILE
      .replace('image: https://cdn.example.org/og.png?w=1200', 'image: /assets/img/2025-11-12-x-1.png')
      .replace('![](https://example.org/featured.jpg)', "![]({{ '/assets/img/2025-11-12-x-2.jpg' | relative_url }})")
      .replace('![again](<https://example.org/featured.jpg>', "![again](<{{ '/assets/img/2025-11-12-x-2.jpg' | relative_url }}>"));
    expect(withLocalImages('no front matter ![](https://a.example/$&.png)', new Map([['https://a.example/$&.png', 'img/$1.png']])))
      .toBe("no front matter ![]({{ '/img/$1.png' | relative_url }})");
  });

  test('named after the post, with the extension of the type the server sent', () => {
    expect(imagePath('assets/img', '2025-11-12-newsletter.md', 0, 'image/jpeg; charset=binary')).toBe('assets/img/2025-11-12-newsletter-1.jpg');
    expect(imagePath('', '2025-11-12-newsletter', 2, 'image/svg+xml')).toBe('2025-11-12-newsletter-3.svg');
  });
});
