import { useState } from 'preact/hooks';
import './page-card.css';

export interface PageCardProps {
  url: string;
  image: string | null;
  siteName: string;
  description: string;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** What the page says about itself, as a compact card: thumbnail, site name, description (issue 10). */
export function PageCard({ url, image, siteName, description }: PageCardProps) {
  const [broken, setBroken] = useState<string | null>(null);
  const showImage = image && image !== broken;
  const site = siteName || hostOf(url);
  if (!showImage && !site && !description) return null;
  return (
    <div class="page-card" data-testid="page-card">
      {/* The title beside it names the page: the thumbnail is decoration (alt=""). */}
      {showImage && <img class="page-thumb" src={image} alt="" loading="lazy" referrerpolicy="no-referrer" onError={() => setBroken(image)} />}
      <div class="page-text">
        {site && <p class="page-site">{site}</p>}
        {description && <p class="page-description" title={description}>{description}</p>}
      </div>
    </div>
  );
}
