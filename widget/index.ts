/** The widget's entry: registers `<sdg-profile>` once (a page may include the script twice). */
import { SdgProfileElement } from './element';

if (!customElements.get('sdg-profile')) customElements.define('sdg-profile', SdgProfileElement);

export { SdgProfileElement };
