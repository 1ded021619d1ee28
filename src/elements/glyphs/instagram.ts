import { siInstagram } from 'simple-icons';

export default siInstagram.path;
