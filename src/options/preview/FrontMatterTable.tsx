import type { JSX } from 'preact';
import { t } from '../../platform/i18n';
import type { FrontMatterRow } from './front-matter-rows';

export interface FrontMatterTableProps {
  /** null when the YAML does not parse: then the raw text is shown with a warning. */
  rows: FrontMatterRow[] | null;
  raw: string;
}

export function FrontMatterTable({ rows, raw }: FrontMatterTableProps): JSX.Element {
  if (rows === null) {
    return (
      <div class="preview-front-matter">
        <p role="alert">{t('prev_frontMatterInvalid')}</p>
        <pre>{raw}</pre>
      </div>
    );
  }
  return (
    <table class="preview-front-matter" data-testid="preview-front-matter">
      <caption>{t('prev_frontMatter')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('prev_key')}</th>
          <th scope="col">{t('prev_value')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.key}</th>
            <td>{row.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
