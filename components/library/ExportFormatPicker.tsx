/** The export-format control shared by the library toolbar (all reports) and a report's view (one). */
import { t } from '../../lib/i18n';
import { EXPORT_FORMATS, type ExportFormat } from '../../lib/export/formats';

/** A labelled select of the export formats (JSON, W3C JSON-LD, CSV, Markdown). */
export function ExportFormatPicker(props: { label: string; value: ExportFormat; onChange: (f: ExportFormat) => void; testId: string }) {
  return (
    <label>
      {props.label}{' '}
      <select value={props.value} onChange={(e) => props.onChange(e.currentTarget.value as ExportFormat)} data-testid={props.testId}>
        {EXPORT_FORMATS.map((f) => (
          <option value={f} key={f}>
            {t(`export_${f}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
