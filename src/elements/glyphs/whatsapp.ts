import { siWhatsapp } from 'simple-icons';

export default siWhatsapp.path;
