import './language.css';
import { useTranslation } from 'react-i18next';
import { languageMetaOf } from '../../i18n';

/**
 * While no clinician has checked the current translation (its files' `$meta.clinicalReview` is
 * "pending"), a short note says so, in that language. Nothing for English, the source.
 */
export function ReviewNotice() {
  const { t, i18n } = useTranslation();
  const meta = languageMetaOf(i18n.language);
  if (meta?.clinicalReview !== 'pending') return null;
  return (
    <span className="review-notice" data-testid="review-notice">
      {t('language.reviewPending')}
    </span>
  );
}
