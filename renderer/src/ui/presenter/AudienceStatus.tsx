import { useTranslation } from 'react-i18next';
import { useClassroomStore } from '../../classroom/classroomStore';

/** What the room sees right now, said in words next to the console's controls. */
export function AudienceStatus() {
  const { t } = useTranslation();
  const status = useClassroomStore((s) => s.audienceWindow);
  const blank = useClassroomStore((s) => s.blank);
  const messages: string[] = [];
  if (status === 'open') messages.push(t('classroom.console.audienceOpen'));
  if (status === 'failed') messages.push(t('classroom.console.audienceFailed'));
  if (blank) messages.push(t(`classroom.console.blanked.${blank}`));
  return (
    <p className="presenter-status" role="status" data-testid="audience-status">
      {messages.join(' · ')}
    </p>
  );
}
