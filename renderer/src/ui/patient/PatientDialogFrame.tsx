import { type ReactNode, useEffect, useRef } from 'react';

interface PatientDialogFrameProps {
  /** Id of the element that names the dialog. */
  labelledBy: string;
  className?: string;
  onClose(): void;
  children: ReactNode;
}

/** A modal dialog, open while mounted; Escape closes it (the browser's own behaviour). */
export function PatientDialogFrame({ labelledBy, className, onClose, children }: PatientDialogFrameProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`patient-dialog ${className ?? ''}`}
      aria-labelledby={labelledBy}
      onClose={onClose}
    >
      {children}
    </dialog>
  );
}
