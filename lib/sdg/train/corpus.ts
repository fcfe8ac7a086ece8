/** The full training corpus of the shipped model, in a fixed order. */
import { syntheticDocs } from './synthetic';
import { auroraQueryDocs, backgroundDocs, labelledDocs, metadataDocs, officialDocs, type Doc } from './sources';

/** Reference-wording documents (everything except the labelled research sets). */
export function referenceDocs(sharedDir: string): Doc[] {
  return [...officialDocs(), ...metadataDocs(sharedDir), ...auroraQueryDocs(sharedDir), ...syntheticDocs(), ...backgroundDocs(sharedDir)];
}

/** Every document the shipped model is trained on. */
export function allTrainingDocs(sharedDir: string): Doc[] {
  return [
    ...referenceDocs(sharedDir),
    ...labelledDocs(sharedDir, 'oro'),
    ...labelledDocs(sharedDir, 'aurora-survey'),
    ...labelledDocs(sharedDir, 'zora'),
  ];
}
