import { mergeReferences } from './catalogue';

/** Every reference file shipped with the app, merged once. */
export const bundledReferences = mergeReferences(
  import.meta.glob('../../../assets/references/*.json', { eager: true, import: 'default' }),
);
